namespace Bowsprit.Plugins.Trigger;

/// <summary>The trigger commands one comment carries (after code blocks are stripped).</summary>
internal sealed record ParsedComment
{
    public required string Body { get; init; }

    public bool TestAll { get; init; }

    public bool Retest { get; init; }

    public bool RetestRequired { get; init; }

    public bool TestManualRequired { get; init; }

    public bool OkToTest { get; init; }

    public bool OkToTestCancel { get; init; }

    /// <summary>Some <c>/test</c> or <c>/retest</c> line (including ones that only ask for help).</summary>
    public bool TestOrRetest { get; init; }

    /// <summary>Jobs started by this comment are labelled as retests.</summary>
    public bool IsRetest => Retest || RetestRequired;

    /// <summary>Worth an API call: the comment contains a command trigger reacts to.</summary>
    public bool HasCommand => TestAll || Retest || RetestRequired || TestManualRequired || OkToTest || OkToTestCancel || TestOrRetest;

    /// <summary>Parses <paramref name="body"/>; with <c>ignore_ok_to_test</c> the ok-to-test commands are not commands.</summary>
    public static ParsedComment Parse(string body, bool ignoreOkToTest) => new()
    {
        Body = body,
        TestAll = TriggerCommands.TestAll().IsMatch(body),
        Retest = TriggerCommands.Retest().IsMatch(body),
        RetestRequired = TriggerCommands.RetestRequired().IsMatch(body),
        TestManualRequired = TriggerCommands.TestManualRequired().IsMatch(body),
        OkToTest = !ignoreOkToTest && TriggerCommands.OkToTest().IsMatch(body),
        OkToTestCancel = !ignoreOkToTest && TriggerCommands.OkToTestCancel().IsMatch(body),
        TestOrRetest = TriggerCommands.TestOrRetest().IsMatch(body),
    };
}
