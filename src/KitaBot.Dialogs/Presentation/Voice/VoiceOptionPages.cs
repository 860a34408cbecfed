using KitaBot.Dialogs.Engine.Prompts;

namespace KitaBot.Dialogs.Presentation.Voice;

/// <summary>
/// Splits a prompt's options into pages for the phone, where at most four numbered options are read out
/// (channels.md §3.7). Up to four options are read at once. More options are read three at a time, followed by
/// "say or press 4 for more options"; after the last page, 4 starts again at the first. Numbers count from 1 on
/// every page, so each key always means what was just said.
/// </summary>
public static class VoiceOptionPages
{
    public const int MaxSpoken = 4;
    public const int PageSize = MaxSpoken - 1;
    public const int MoreNumber = MaxSpoken;

    public static VoiceOptionPage Page(IReadOnlyList<PromptChoice> choices, int page)
    {
        if (choices.Count <= MaxSpoken)
        {
            return new VoiceOptionPage(choices, HasMore: false);
        }

        var pageCount = (choices.Count + PageSize - 1) / PageSize;
        var index = ((page % pageCount) + pageCount) % pageCount;
        return new VoiceOptionPage(choices.Skip(index * PageSize).Take(PageSize).ToList(), HasMore: true);
    }
}
