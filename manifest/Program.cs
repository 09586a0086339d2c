// Builds manifest/build/nrwbot.zip: dotnet run --project manifest -- --app-id <GUID> --bot-id <GUID>
return NrwBot.Manifest.PackageCommand.Run(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
