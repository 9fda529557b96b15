using System.Collections.Concurrent;
using System.Diagnostics;

namespace LessonStudy.Server.Tests.Access.Entra;

/// <summary>
/// Records every HTTP request this process sends over a real socket handler (System.Net.Http reports
/// them on its "HttpHandlerDiagnosticListener"), so a test can prove that none went to a given host.
/// Requests answered by an in-process handler never reach that listener.
/// </summary>
public sealed class NetworkRequestObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<Uri> requests = new();
    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable allListeners;

    public NetworkRequestObserver() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    public IEnumerable<Uri> RequestsTo(string host) => requests.Where(u => string.Equals(u.Host, host, StringComparison.OrdinalIgnoreCase));

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "HttpHandlerDiagnosticListener")
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key is "System.Net.Http.HttpRequestOut.Start" or "System.Net.Http.Request"
            && value.Value?.GetType().GetProperty("Request")?.GetValue(value.Value) is HttpRequestMessage { RequestUri: { } uri })
        {
            requests.Enqueue(uri);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
