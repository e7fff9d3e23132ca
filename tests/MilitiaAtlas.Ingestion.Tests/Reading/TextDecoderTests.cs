using System.Text;
using MilitiaAtlas.Ingestion.Reading;

namespace MilitiaAtlas.Ingestion.Tests.Reading;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_with_and_without_bom_decodes_to_the_same_text()
    {
        var text = "Qāsim said “no”.\nDone.";
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
        Assert.Equal(text, TextDecoder.Decode(withBom).Text);
    }

    [Fact]
    public void Utf16_big_and_little_endian_with_bom_decode()
    {
        var text = "مرحبا and hello";
        byte[] le = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
        byte[] be = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];

        Assert.Equal(text, TextDecoder.Decode(le).Text);
        Assert.Equal(text, TextDecoder.Decode(be).Text);
    }

    [Fact]
    public void Crlf_and_lone_cr_become_lf()
    {
        Assert.Equal("a\nb\nc", TextDecoder.Decode("a\r\nb\rc"u8).Text);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        var r = TextDecoder.Decode([(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x80, (byte)'5']);

        Assert.True(r.Ok);
        Assert.Equal("café €5", r.Text);
        Assert.Contains("Windows-1252", Assert.Single(r.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 }, "only whitespace")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41 }, "binary")]
    public void Unusable_bytes_are_refused_with_a_reason(byte[] bytes, string reason)
    {
        var r = TextDecoder.Decode(bytes);

        Assert.False(r.Ok);
        Assert.Contains(reason, r.Error, StringComparison.Ordinal);
    }
}
