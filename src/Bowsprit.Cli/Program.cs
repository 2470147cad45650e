using System.CommandLine;
using Bowsprit.Cli.Commands;

// Servers (up, serve) stop gracefully on Ctrl-C/SIGTERM: running jobs are interrupted and recorded, which can take
// longer than System.CommandLine's default two seconds before it gives up waiting.
return await BowspritCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
