"""The app's word stream for fingerprints (Fingerprint.Words), shared by make_corpus.py and score.py."""


def words_norm(text):
    """Letters and digits lowercased; apostrophes, hyphens, soft hyphens and editorial brackets join the word."""
    out, cur = [], []
    for c in text + " ":
        if c.isalnum():
            cur.append(c.lower())
        elif c in "[]'’‘-\u00ad":
            pass
        elif cur:
            out.append("".join(cur))
            cur = []
    return out
