using KrBot.Terminal;

// Commands (see README): no arguments runs the bot (or the terminal chat without a token); ask, chat, validate.
return await KrBotCli.RunAsync(args, Console.In, new GuardedWriter(Console.Out), Console.Error, CancellationToken.None);
