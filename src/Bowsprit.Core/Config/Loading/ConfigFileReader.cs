using System.IO.Compression;
using System.Text;

namespace Bowsprit.Core.Config.Loading;

/// <summary>Reads a config file as text, transparently gunzipping it (large job configs are stored gzipped).</summary>
internal static class ConfigFileReader
{
    public static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
