using KitaBot.Dialogs.Engine.Prompts;
using KitaBot.Dialogs.Protocol;
using Xunit;

namespace KitaBot.Dialogs.Tests.Voice;

public sealed class KeypadInputTests
{
    [Theory]
    [InlineData("5", '5')]
    [InlineData(" # ", '#')]
    [InlineData("*", '*')]
    public void A_keypad_message_carries_one_key(string text, char key) =>
        Assert.Equal(key, KeypadInput.Key(Message(text, "DTMF")));

    [Theory]
    [InlineData("5", null)]
    [InlineData("12", "DTMF")]
    [InlineData("a", "dtmf")]
    [InlineData(null, "DTMF")]
    public void Anything_else_is_no_key(string? text, string? entity) =>
        Assert.Null(KeypadInput.Key(Message(text, entity)));

    [Theory]
    [InlineData(InputKind.Date, "15032026", "15.03.2026")]
    [InlineData(InputKind.Date, "082027", "08.2027")]
    [InlineData(InputKind.Date, "1503", "1503")]
    [InlineData(InputKind.Code, "123456", "123456")]
    [InlineData(InputKind.Phone, "029211234", "029211234")]
    public void Collected_digits_become_the_text_the_recognizer_reads(InputKind kind, string digits, string answer) =>
        Assert.Equal(answer, KeypadInput.AsAnswer(kind, digits));

    [Theory]
    [InlineData(InputKind.Number, true)]
    [InlineData(InputKind.Date, true)]
    [InlineData(InputKind.Code, true)]
    [InlineData(InputKind.Phone, true)]
    [InlineData(InputKind.Postcode, true)]
    [InlineData(InputKind.Choice, false)]
    [InlineData(InputKind.Confirm, false)]
    [InlineData(InputKind.Text, false)]
    [InlineData(InputKind.Email, false)]
    public void Digits_are_collected_until_hash_only_for_numeric_answers(InputKind kind, bool collects) =>
        Assert.Equal(collects, KeypadInput.Collects(kind));

    private static Activity Message(string? text, string? entity) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Entities = entity is null ? null : [new Entity { Type = entity }],
    };
}
