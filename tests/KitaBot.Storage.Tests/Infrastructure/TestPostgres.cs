using System.Diagnostics;
using Npgsql;

namespace KitaBot.Storage.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server of the test run: <c>KITABOT_TEST_POSTGRES</c>, or the one
/// <c>scripts/postgres-test-server.sh start</c> starts (and prints) when that is unset.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<string> ServerConnectionString = new(FindServer);

    /// <summary>Creates a fresh schema and returns a connection string whose search path points at it.</summary>
    public static async Task<IsolatedSchema> CreateSchemaAsync()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ServerConnectionString.Value))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString.Value) { SearchPath = schema };
        return new IsolatedSchema(schema, builder.ConnectionString, ServerConnectionString.Value);
    }

    private static string FindServer()
    {
        var configured = Environment.GetEnvironmentVariable("KITABOT_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "postgres-test-server.sh"), "start"])
        {
            RedirectStandardOutput = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run postgres-test-server.sh.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || string.IsNullOrEmpty(connectionString))
        {
            throw new InvalidOperationException("postgres-test-server.sh did not start PostgreSQL; set KITABOT_TEST_POSTGRES.");
        }

        return connectionString;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KitaBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KitaBot.sln not found above the test binaries.");
    }
}
