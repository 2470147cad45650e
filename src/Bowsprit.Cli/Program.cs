using Bowsprit.Cli.Commands;

return await BowspritCommand.Create().Parse(args).InvokeAsync();
