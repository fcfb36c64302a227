"""Cue words of credits, by lemma: the trade's vocabulary, not facts about any show."""

from __future__ import annotations

# Verbs whose subject is credited with a role ("X co-stars", "X will direct").
VERB_ROLE: dict[str, str] = {
    **dict.fromkeys(("star", "co-star", "costar", "topline", "headline", "lead", "front",
                     "play", "portray", "reprise", "recur", "appear"), "cast"),
    **dict.fromkeys(("voice", "narrate"), "voice_cast"),
    **dict.fromkeys(("host", "present", "emcee", "co-host", "cohost"), "host"),
    **dict.fromkeys(("direct", "helm", "co-direct"), "director"),
    **dict.fromkeys(("write", "pen", "script", "co-write", "cowrite"), "writer"),
    **dict.fromkeys(("create", "co-create", "devise", "develop"), "creator"),
    "produce": "producer",
    "compose": "composer", "score": "composer",
    "showrun": "showrunner",
}
# Participles of "<participle> by X" and the role each gives.
BY_ROLE: dict[str, str] = {
    **dict.fromkeys(("created", "co-created", "devised", "developed"), "creator"),
    **dict.fromkeys(("written", "co-written", "penned", "scripted"), "writer"),
    **dict.fromkeys(("directed", "co-directed", "helmed"), "director"),
    **dict.fromkeys(("produced", "executive-produced", "exec-produced"), "executive_producer"),
    **dict.fromkeys(("hosted", "presented", "fronted", "co-hosted"), "host"),
    **dict.fromkeys(("narrated", "voiced"), "voice_cast"),
    **dict.fromkeys(("composed", "scored"), "composer"),
    **dict.fromkeys(("starring", "featuring", "played", "portrayed"), "cast"),
}
# Role nouns, singular and plural, and the role each gives.
ROLE_NOUN: dict[str, str] = {
    **dict.fromkeys(("star", "co-star", "costar", "lead", "actor", "actress", "regular",
                     "cast", "castmate", "co-lead", "judge", "panellist", "panelist",
                     "contestant", "mentor"), "cast"),
    **dict.fromkeys(("guest", "guest star", "guest-star"), "guest_cast"),
    **dict.fromkeys(("voice", "narrator", "voice actor"), "voice_cast"),
    **dict.fromkeys(("host", "presenter", "co-host", "cohost", "anchor", "emcee"), "host"),
    **dict.fromkeys(("creator", "co-creator", "cocreator", "mastermind"), "creator"),
    **dict.fromkeys(("writer", "screenwriter", "co-writer", "scribe", "playwright"), "writer"),
    **dict.fromkeys(("director", "filmmaker", "helmer", "co-director"), "director"),
    **dict.fromkeys(("showrunner", "show-runner", "co-showrunner"), "showrunner"),
    **dict.fromkeys(("executive producer", "ep", "exec producer", "executive-producer"),
                    "executive_producer"),
    **dict.fromkeys(("producer", "co-producer"), "producer"),
    **dict.fromkeys(("composer",), "composer"),
}
# Nouns that name a role together with the one before: "writer-director", "creator-star".
COMPOUND_ROLES: dict[str, tuple[str, ...]] = {
    "writer-director": ("writer", "director"), "writer/director": ("writer", "director"),
    "writer-producer": ("writer", "executive_producer"),
    "creator-star": ("creator", "cast"), "star-creator": ("cast", "creator"),
    "writer-star": ("writer", "cast"), "co-creator/showrunner": ("creator", "showrunner"),
    "creator/showrunner": ("creator", "showrunner"),
    "creator-showrunner": ("creator", "showrunner"),
}
# Words before a list that make its members cast: "starring X", "the cast includes X".
CAST_LEADS = {"star", "starring", "co-starring", "costarring", "feature", "featuring",
              "topline", "toplining", "headline", "headlining", "reunite", "reuniting",
              "with", "cast"}
# Nouns of a cast (the subject of "includes"/"are"): "the cast includes", "rounding out
# the cast are", "new to the series are", "joining her are".
CAST_NOUNS = {"cast", "ensemble", "regular", "regulars", "lineup", "line-up", "company",
              "star", "stars", "co-star", "co-stars", "cast-mate", "castmate"}
GUEST_WORDS = {"guest", "guests", "guest-starring", "guest-star", "cameo", "cameos"}
VOICE_WORDS = {"voice", "voices", "voiced", "voicing", "voice-over"}
HOST_WORDS = {"host", "hosts", "hosted", "hosting", "presenter", "presenters", "presented",
              "co-host", "co-hosts"}
# Verbs of joining a cast: their subjects are cast ("X joins the cast", "X returns as A").
JOIN_VERBS = {"join", "return", "round", "complete", "reprise", "board", "sign", "cast", "tap",
              "land", "book", "nab", "recruit", "add", "enlist", "rejoin"}
# Words that join members of one list.
LIST_JOINS = {",", "and", "&", ";", "plus", "opposite", "alongside"}
