"""What the rule-table scripts share: the engine's name folding and a YAML
loader that refuses a key given twice (PyYAML otherwise keeps the last)."""
import unicodedata

import yaml


def fold(name):
    """engine/src/text.cpp fold(): lower-case ASCII, Latin diacritics removed,
    dots and apostrophes dropped, spaces, hyphens, slashes, underscores as one
    space, trimmed. Other scripts stay as written."""
    out = []
    for ch in name:
        if ch in ".'\u2019\u2018":
            continue
        if ch in " \t-/_":
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if ord(ch) < 0x80:
            out.append(ch.lower())
            continue
        if ord(ch) < 0x250:  # Latin-1 and Latin Extended-A/B: strip marks
            base = unicodedata.normalize("NFKD", ch)
            ascii_part = "".join(c for c in base if ord(c) < 0x80)
            if ascii_part:
                out.append(ascii_part.lower())
                continue
            special = {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d",
                       "Đ": "d", "ł": "l", "Ł": "l", "ı": "i", "œ": "oe", "Œ": "oe",
                       "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h"}
            if ch in special:
                out.append(special[ch])
                continue
        out.append(ch)
    return "".join(out).strip()


class UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a key given twice in one map."""


def _map(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _map)


def load_unique(stream):
    """The YAML document of `stream` (a file or a text), keys given twice refused."""
    return yaml.load(stream, Loader=UniqueKeyLoader)
