using System.Globalization;
using System.Text;

namespace LessonStudy.Crdt.Encoding;

public static partial class JsJson
{
    /// <summary>
    /// <c>JSON.parse(text)</c> into the value model: numbers are doubles (<c>-0</c> stays −0, decimal
    /// text is rounded correctly as JavaScript does, overflow gives ±Infinity), a repeated key keeps
    /// its first position and its last value, and <c>"__proto__"</c> is an ordinary own key (as
    /// <c>JSON.parse</c> makes it). The grammar is JSON's, as strictly as JavaScript applies it. The
    /// walk is iterative; nesting deeper than <see cref="DecodeLimits.MaxValueDepth"/> is refused.
    /// </summary>
    /// <exception cref="CrdtFormatException">The text is not JSON, or nests too deeply.</exception>
    public static object? Parse(string text, DecodeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var maxDepth = (limits ?? DecodeLimits.Default).MaxValueDepth;
        var p = new JsonCursor(text);
        List<ParseFrame>? stack = null;
        p.SkipWhitespace();
        while (true)
        {
            // Read one value; containers are opened and their first entry is read on the next turns.
            object? value;
            var c = p.Peek();
            if (c == '{' || c == '[')
            {
                var at = p.Pos;
                p.Pos++;
                p.SkipWhitespace();
                var close = c == '{' ? '}' : ']';
                if (p.Peek() == close)
                {
                    p.Pos++;
                    value = c == '{' ? new JsObject() : Array.Empty<object?>();
                }
                else
                {
                    stack ??= new List<ParseFrame>(4);
                    if (stack.Count >= maxDepth)
                    {
                        throw new CrdtFormatException($"JSON nests deeper than the limit of {maxDepth} levels at position {at}.");
                    }

                    var frame = c == '{' ? new ParseFrame(new JsObject(), null) : new ParseFrame(null, new List<object?>());
                    stack.Add(frame);
                    if (frame.Object is not null)
                    {
                        frame.PendingKey = p.ReadKeyAndColon();
                    }

                    p.SkipWhitespace();
                    continue;
                }
            }
            else
            {
                value = p.ReadPrimitive();
            }

            // Hand the value to the open containers, closing those that end here.
            while (true)
            {
                p.SkipWhitespace();
                if (stack is null || stack.Count == 0)
                {
                    if (p.Pos != text.Length)
                    {
                        throw p.Error("Unexpected text after the JSON value");
                    }

                    return value;
                }

                var top = stack[^1];
                if (top.Object is not null)
                {
                    top.Object.Set(top.PendingKey!, value);
                }
                else
                {
                    top.Array!.Add(value);
                }

                var next = p.Peek();
                if (next == ',')
                {
                    p.Pos++;
                    p.SkipWhitespace();
                    if (top.Object is not null)
                    {
                        top.PendingKey = p.ReadKeyAndColon();
                        p.SkipWhitespace();
                    }

                    break;
                }

                if (next != (top.Object is not null ? '}' : ']'))
                {
                    throw p.Error(top.Object is not null ? "Expected ',' or '}'" : "Expected ',' or ']'");
                }

                p.Pos++;
                stack.RemoveAt(stack.Count - 1);
                value = (object?)top.Object ?? top.Array!.ToArray();
            }
        }
    }

    private sealed class ParseFrame(JsObject? obj, List<object?>? array)
    {
        public JsObject? Object { get; } = obj;

        public List<object?>? Array { get; } = array;

        public string? PendingKey { get; set; }
    }

    private struct JsonCursor(string text)
    {
        private readonly string _text = text;

        public int Pos;

        public readonly int Peek() => Pos < _text.Length ? _text[Pos] : -1;

        public void SkipWhitespace()
        {
            while (Pos < _text.Length && _text[Pos] is ' ' or '\t' or '\n' or '\r')
            {
                Pos++;
            }
        }

        public string ReadKeyAndColon()
        {
            if (Peek() != '"')
            {
                throw Error("Expected a string key");
            }

            var key = ReadString();
            SkipWhitespace();
            if (Peek() != ':')
            {
                throw Error("Expected ':'");
            }

            Pos++;
            SkipWhitespace();
            return key;
        }

        public object? ReadPrimitive()
        {
            var c = Peek();
            switch (c)
            {
                case '"':
                    return ReadString();
                case 't':
                    ExpectWord("true");
                    return true;
                case 'f':
                    ExpectWord("false");
                    return false;
                case 'n':
                    ExpectWord("null");
                    return null;
                case '-':
                case >= '0' and <= '9':
                    return ReadNumber();
                case -1:
                    throw Error("Unexpected end of JSON input");
                default:
                    throw Error("Unexpected token");
            }
        }

        public readonly CrdtFormatException Error(string what) =>
            new($"{what} in JSON at position {Pos}.");

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(_text, Pos, word, 0, word.Length) != 0)
            {
                throw Error("Unexpected token");
            }

            Pos += word.Length;
        }

        private double ReadNumber()
        {
            var start = Pos;
            if (Peek() == '-')
            {
                Pos++;
            }

            if (Peek() == '0')
            {
                Pos++;
            }
            else if (!SkipDigits())
            {
                throw Error("No number after minus sign");
            }

            if (Peek() == '.')
            {
                Pos++;
                if (!SkipDigits())
                {
                    throw Error("Unterminated fractional number");
                }
            }

            if (Peek() is 'e' or 'E')
            {
                Pos++;
                if (Peek() is '+' or '-')
                {
                    Pos++;
                }

                if (!SkipDigits())
                {
                    throw Error("Exponent part is missing a number");
                }
            }

            return double.Parse(_text.AsSpan(start, Pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private bool SkipDigits()
        {
            var start = Pos;
            while (Pos < _text.Length && char.IsAsciiDigit(_text[Pos]))
            {
                Pos++;
            }

            return Pos > start;
        }

        private string ReadString()
        {
            Pos++; // the opening quote
            var start = Pos;
            StringBuilder? sb = null;
            while (true)
            {
                if (Pos >= _text.Length)
                {
                    throw Error("Unterminated string");
                }

                var c = _text[Pos];
                if (c == '"')
                {
                    string result;
                    if (sb is null)
                    {
                        result = _text.Substring(start, Pos - start);
                    }
                    else
                    {
                        result = sb.Append(_text, start, Pos - start).ToString();
                    }

                    Pos++;
                    return result;
                }

                if (c < 0x20)
                {
                    throw Error("Bad control character in string literal");
                }

                if (c != '\\')
                {
                    Pos++;
                    continue;
                }

                sb ??= new StringBuilder();
                sb.Append(_text, start, Pos - start);
                Pos++;
                var e = Peek();
                Pos++;
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (Pos + 4 > _text.Length
                            || !int.TryParse(_text.AsSpan(Pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            Pos--;
                            throw Error("Bad Unicode escape");
                        }

                        sb.Append((char)code);
                        Pos += 4;
                        break;
                    default:
                        Pos--;
                        throw Error("Bad escaped character");
                }

                start = Pos;
            }
        }
    }
}
