namespace Bowsprit.Server.Up;

/// <summary>
/// The demo's sample repository and its Prow configuration: a shell greeting with a <c>make test</c> that checks
/// it, OWNERS, and config.yaml / job config / plugins.yaml with a presubmit, a postsubmit and a periodic, all
/// decorated so clonerefs checks out the pull request from the forge.
/// </summary>
internal static class DemoRepository
{
    public const string Org = "acme";

    public const string Repo = "hello";

    public const string User = "alice";

    public const string Bot = "bowsprit-bot";

    public const string PullBranch = "add-greeting-test";

    public const string Greeting = "Hello, Bowsprit!";

    public static string FullName => $"{Org}/{Repo}";

    public static IReadOnlyDictionary<string, string?> MainFiles { get; } = new Dictionary<string, string?>
    {
        ["README.md"] = "# hello\n\nThe sample repository of `bowsprit up`. `make test` checks the greeting.\n",
        ["hello.sh"] = $"#!/bin/sh\necho \"{Greeting}\"\n",
        ["Makefile"] = $$"""
            .PHONY: test
            test:
            	@out="$$(sh hello.sh)"; \
            	if [ "$$out" = "{{Greeting}}" ]; then echo "ok: $$out"; else echo "FAIL: expected '{{Greeting}}', got '$$out'"; exit 1; fi

            """,
        ["OWNERS"] = $"approvers:\n- {User}\nreviewers:\n- {User}\n",
    };

    /// <summary>The sample pull request's change: a second greeting check (passes).</summary>
    public static IReadOnlyDictionary<string, string?> PullFiles { get; } = new Dictionary<string, string?>
    {
        ["CONTRIBUTING.md"] = "Comment `/retest` to run the tests again, `/hold` to keep this from merging.\n",
    };

    /// <summary>Prow's config.yaml for the demo; <paramref name="deckUrl"/> makes statuses link to the job page.</summary>
    public static string Config(string deckUrl) => $$"""
        # Prow configuration of the bowsprit up demo. Edit freely: Bowsprit reloads it on change.
        prowjob_namespace: default
        pod_namespace: test-pods
        plank:
          job_url_prefix_config:
            "*": {{deckUrl}}/view/
          default_decoration_config_entries:
          - config:
              timeout: 10m
              grace_period: 10s
              utility_images:
                clonerefs: bowsprit/clonerefs
                initupload: bowsprit/initupload
                entrypoint: bowsprit/entrypoint
                sidecar: bowsprit/sidecar
              gcs_configuration:
                bucket: local://artifacts
                path_strategy: explicit
        github_reporter:
          job_types_to_report: [presubmit, postsubmit]
        deck:
          # Signed in to deck (through the forge), members of the org may rerun and abort any job.
          rerun_auth_configs:
            "*":
              github_orgs: [{{Org}}]

        """;

    /// <summary>The job config: every job runs <c>make test</c> in a clone of the repository from the forge.</summary>
    public static string Jobs(string forgeUrl) => $$"""
        # Jobs of the bowsprit up demo; clone_uri points clonerefs at the local forge.
        presubmits:
          {{FullName}}:
          - name: pull-hello-test
            always_run: true
            decorate: true
            clone_uri: {{forgeUrl}}/{{FullName}}.git
            spec:
              containers:
              - image: debian:bookworm
                command: [make]
                args: [test]
        postsubmits:
          {{FullName}}:
          - name: post-hello-test
            branches: [main]
            decorate: true
            clone_uri: {{forgeUrl}}/{{FullName}}.git
            spec:
              containers:
              - image: debian:bookworm
                command: [make]
                args: [test]
        periodics:
        - name: periodic-hello-test
          cron: "0 3 * * *"
          decorate: true
          extra_refs:
          - org: {{Org}}
            repo: {{Repo}}
            base_ref: main
            clone_uri: {{forgeUrl}}/{{FullName}}.git
          spec:
            containers:
            - image: debian:bookworm
              command: [make]
              args: [test]

        """;

    public static string Plugins => $$"""
        # Hook plugins of the bowsprit up demo.
        plugins:
          {{FullName}}:
            plugins: [trigger, help, hold, size, label, lifecycle, assign, wip, skip]

        """;
}
