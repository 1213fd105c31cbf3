"""remote_protocol.py — Xapian 1.4's remote protocol, client to server, as the bench tools
read it (shard_messages.py from strace, slow_relay.py from the wire): the message types of
net/remoteprotocol.h and the framing (a type byte, then the length as encode_length)."""

MSG = ["ALLTERMS", "COLLFREQ", "DOCUMENT", "TERMEXISTS", "TERMFREQ", "VALUESTATS", "KEEPALIVE",
       "DOCLENGTH", "QUERY", "TERMLIST", "POSITIONLIST", "POSTLIST", "REOPEN", "UPDATE",
       "ADDDOCUMENT", "CANCEL", "DELETEDOCUMENTTERM", "COMMIT", "REPLACEDOCUMENT",
       "REPLACEDOCUMENTTERM", "DELETEDOCUMENT", "WRITEACCESS", "GETMETADATA", "SETMETADATA",
       "ADDSPELLING", "REMOVESPELLING", "GETMSET", "SHUTDOWN", "METADATAKEYLIST", "FREQS",
       "UNIQUETERMS", "POSITIONLISTCOUNT", "READACCESS"]


def split(buf):
    """The whole messages at the head of buf, each (type's name, body), and the bytes they
    took (a message cut short at the end is left for more)."""
    out, i = [], 0
    while i + 2 <= len(buf):
        t, n, j = buf[i], buf[i + 1], i + 2
        if n == 255:  # encode_length: 255, then the rest 7 bits a byte, the last >= 128
            n, shift = 0, 0
            while True:
                if j >= len(buf):
                    return out, i
                b = buf[j]
                j += 1
                n |= (b & 0x7f) << shift
                shift += 7
                if b & 0x80:
                    break
            n += 255
        if j + n > len(buf):
            break
        out.append((MSG[t] if t < len(MSG) else str(t), buf[j:j + n]))
        i = j + n
    return out, i
