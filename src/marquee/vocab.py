"""General vocabulary: networks, studios, outlets, role words, genres, status cues.

These are lists of the trade's common words, not facts about any one show.
"""

from __future__ import annotations

# Broadcasters, cable channels and streamers (the `network` role).
NETWORKS: tuple[str, ...] = (
    "ABC", "AMC", "A&E", "BBC", "BBC One", "BBC1", "BBC Two", "BBC2", "BBC Three", "BBC Four",
    "BBC America", "BSkyB", "Sky One", "Sky1", "Sky Atlantic", "ITV", "ITV1", "ITV2",
    "Channel 4", "Channel 5", "Channel Five", "E4", "S4C", "CBS", "NBC", "Fox", "FOX", "FX",
    "FXX", "The CW", "CW", "UPN", "The WB", "WB", "HBO", "HBO Max", "Showtime", "Starz",
    "Cinemax", "Epix", "TNT", "TBS", "USA Network", "Syfy", "Sci Fi Channel",
    "Bravo TV", "Comedy Central", "MTV", "VH1", "Nickelodeon", "Cartoon Network", "Adult Swim",
    "Disney Channel", "Disney+", "Disney Plus", "ESPN", "PBS", "NPR", "Lifetime TV",
    "Hallmark Channel", "History Channel", "Discovery Channel", "TLC", "HGTV",
    "Food Network", "IFC", "Sundance", "SundanceTV", "Netflix", "Hulu", "Amazon",
    "Amazon Prime", "Prime Video", "Amazon Prime Video", "Apple TV+", "Apple TV", "Peacock",
    "Paramount+", "CBS All Access", "YouTube", "YouTube Red", "Crackle", "Freeform",
    "ABC Family", "OWN", "BET", "Spike TV", "Paramount Network", "WGN America",
    "Audience Network", "DirecTV", "Viceland", "Telemundo", "Univision", "Quibi",
)

# Broadcasters, channels and streamers beyond the ruler's list (the `network` role):
# the company extractors read them with a cue, and none of them is ever a title.
MORE_NETWORKS: tuple[str, ...] = (
    "Sky", "Sky Comedy", "Sky Italia", "Sky Max", "Sky Showcase", "Sky Cinema", "Sky Arts",
    "Now TV", "NOW", "Canal+", "BritBox", "Acorn TV", "ZDF", "ARD", "DR", "NRK", "SVT", "TV4",
    "RTL", "RTL 4", "Rai 1", "Rai 2", "Rai 3", "France 2", "France 3", "France Télévisions",
    "Arte", "TF1", "M6", "ITVX", "STV", "GSN", "Max", "More4", "All 4", "Dave", "Gold", "Alibi",
    "CBBC", "CBeebies", "CBC", "CTV", "Global", "Crave", "Stan", "Binge", "Foxtel", "RTÉ", "RTE",
    "TG4", "Virgin Media", "Pluto TV", "Tubi", "Roku Channel", "The Roku Channel", "Crunchyroll",
    "Shudder", "AMC+", "Starz", "MGM+", "WE tv", "Oxygen", "E!", "Bravo", "Walter Presents",
    "BBC iPlayer", "iPlayer", "Amazon Video", "BBC Scotland", "BBC Wales", "BBC Alba", "BBC News",
    "ITV3", "ITV4", "Channel 4", "Film4", "U&Dave", "UKTV", "Paramount+ with Showtime", "Hallmark",
    "Hallmark+", "Lifetime", "History", "Nat Geo", "National Geographic", "Discovery+",
    "Magnolia Network", "OWN", "Fuse", "Ovation", "AMC Networks", "Netflix", "Hulu", "Disney+",
    "Apple TV+", "Peacock", "Paramount+", "Prime Video", "Showtime", "Epix", "Spectrum",
    "Spectrum Originals", "Freevee", "IMDb TV", "The CW", "CW", "Fox", "NBC", "ABC", "CBS", "HBO",
    "HBO Max", "FX", "FX on Hulu", "Super RTL", "Nickelodeon", "Nick Jr.", "Disney Junior",
    "Disney XD", "Cartoon Network", "Adult Swim", "Boomerang", "Syfy", "USA Network", "TNT", "TBS",
    "truTV", "IFC", "AMC", "BET", "BET+", "VH1", "Comedy Central", "Paramount Network",
    "Sundance Now", "SundanceTV",
)

# Names that are networks only with a cue of airing ("on Max", "Dave's"): each is also
# a common word or first name.
AMBIGUOUS_NETWORKS: frozenset[str] = frozenset(
    {"Alibi", "Arte", "Binge", "Dave", "DR", "E!", "Fuse", "Global", "Gold", "Hallmark", "History",
     "Lifetime", "Max", "NOW", "Ovation", "Oxygen", "Spectrum", "Stan"}
)

# Names of networks that are also festivals or places: a network only after "on".
FESTIVAL_NAMES: frozenset[str] = frozenset(
    {"Berlinale", "Cannes", "Sundance", "SXSW", "Telluride", "Toronto", "Tribeca", "Venice"}
)

# Production companies and studios: known names, and the words that end such names.
STUDIOS: tuple[str, ...] = (
    "Warner Bros", "Warner Bros.", "Universal", "Paramount", "Columbia", "Sony", "Sony Pictures",
    "Lionsgate", "Miramax", "DreamWorks", "Pixar", "Marvel", "Lucasfilm", "MGM", "New Line",
    "Focus Features", "Fox Searchlight", "A24", "Legendary", "Working Title", "Blumhouse",
    "Bad Robot", "Endemol", "FremantleMedia", "Fremantle", "Talkback Thames", "Hat Trick",
)
# Last words that make a capitalised name a studio ("Two Brothers Pictures").
STUDIO_SUFFIXES: tuple[str, ...] = (
    "television", "pictures", "studios", "productions", "entertainment", "films", "media",
    "animation",
)

# Nouns that name a company after the name: "their Harrow Lane banner"; after them, "her
# production company, Harrow Lane".
BANNER_NOUNS: frozenset[str] = frozenset(
    {"banner", "shingle", "label", "outfit", "company", "prodco", "imprint"})

# Nouns that name a place with "of": "the fictional kingdom of X", "the town of X".
PLACE_OF_NOUNS: frozenset[str] = frozenset(
    {"town", "city", "village", "kingdom", "island", "isle", "county", "state", "country",
     "realm", "planet", "borough", "parish", "province", "region", "valley", "republic",
     "suburb", "neighborhood", "neighbourhood", "hamlet", "principality", "duchy", "empire"})

# Nationality and region adjectives ("the Irish singer", "a Nordic thriller"): words
# that describe a person or a work, never a work's whole title.
DEMONYMS: frozenset[str] = frozenset(
    {"American", "British", "English", "Welsh", "Scottish", "Irish", "Canadian",
     "Australian", "French", "German", "Italian", "Spanish", "Portuguese", "Dutch", "Belgian",
     "Swiss", "Austrian", "Danish", "Swedish", "Norwegian", "Finnish", "Icelandic", "Nordic",
     "Scandinavian", "Polish", "Czech", "Hungarian", "Greek", "Turkish", "Russian",
     "Ukrainian", "Israeli", "Iranian", "Arab", "Egyptian", "Nigerian", "Kenyan",
     "African", "Indian", "Pakistani", "Chinese", "Japanese", "Korean", "Thai",
     "Filipino", "Vietnamese", "Indonesian", "Mexican", "Brazilian", "Argentine",
     "Argentinian", "Colombian", "Chilean", "Cuban", "Latino", "Latina", "European", "Asian",
     "Cornish", "Hispanic", "Kiwi", "Aussie", "Texan", "Californian", "Parisian", "Londoner"})

# Outlets: trade press and newspapers an article credits (never a network).
OUTLETS: tuple[str, ...] = (
    "Deadline", "Variety", "The Hollywood Reporter", "Hollywood Reporter", "THR", "Vulture",
    "TVLine", "EW", "Entertainment Weekly", "IndieWire", "Indiewire", "The Wrap", "TheWrap",
    "Page Six", "TIME", "Time", "Rolling Stone", "People", "Us Weekly", "TMZ", "E! News",
    "The New York Times", "New York Times", "The Guardian", "The Sun", "The Times",
    "Daily Mail", "The Mirror", "Screen Rant", "Screenrant", "Collider", "Uproxx", "BuzzFeed",
    "Radio Times", "TV Guide", "The New Yorker", "New York Post", "Los Angeles Times",
    "Digital Spy", "Billboard", "Associated Press", "Reuters", "AP",
)

# Role words: a noun before or after a name that gives the credit role.
ROLE_NOUNS: dict[str, str] = {
    "star": "cast", "stars": "cast", "co-star": "cast", "costar": "cast", "actor": "cast",
    "actress": "cast", "actors": "cast", "actresses": "cast", "lead": "cast", "judge": "cast",
    "judges": "cast", "presenter": "host", "host": "host", "hosts": "host",
    "narrator": "voice_cast", "creator": "creator", "co-creator": "creator",
    "creators": "creator", "writer": "writer", "screenwriter": "writer", "co-writer": "writer",
    "director": "director", "filmmaker": "director", "showrunner": "showrunner",
    "show-runner": "showrunner", "executive producer": "executive_producer",
    "producer": "producer", "producers": "producer", "executive producers": "executive_producer",
    "co-creators": "creator", "writers": "writer", "directors": "director",
    "composer": "composer",
}

# Participles of "X-ed by PERSON" and the role each gives.
BY_ROLES: dict[str, str] = {
    "created": "creator", "co-created": "creator", "written": "writer", "co-written": "writer",
    "penned": "writer", "scripted": "writer", "directed": "director", "helmed": "director",
    "produced": "executive_producer", "executive produced": "executive_producer",
    "executive-produced": "executive_producer", "hosted": "host", "presented": "host",
    "narrated": "voice_cast", "composed": "composer", "scored": "composer",
}

# Verbs of "PERSON will write and direct ..." and the role each gives.
VERB_ROLES: dict[str, str] = {
    "write": "writer", "wrote": "writer", "direct": "director", "directed": "director",
    "directing": "director", "create": "creator", "created": "creator", "produce": "producer",
    "produced": "producer", "producing": "producer", "host": "host", "hosts": "host",
    "hosting": "host", "executive produce": "executive_producer",
    "executive produced": "executive_producer", "co-wrote": "writer", "co-write": "writer",
}

# Words naming the kind of work; the value is the `kind` of a Work record.
KIND_WORDS: dict[str, str] = {
    "series": "series", "show": "series", "sitcom": "series", "programme": "series",
    "program": "series", "miniseries": "series", "mini-series": "series", "drama": "series",
    "soap": "series", "spin-off": "series", "spinoff": "series", "spin off": "series",
    "prequel": "unknown", "sequel": "unknown", "comedy": "series", "serial": "series",
    "film": "film", "movie": "film", "feature": "film", "documentary": "film",
    "thriller": "film", "blockbuster": "film", "biopic": "film", "special": "special",
    "telefilm": "film", "trilogy": "film", "franchise": "unknown", "cartoon": "series",
}

# Genres, lower case, longest first when matching.
GENRES: tuple[str, ...] = (
    "romantic comedy", "romantic drama", "musical drama", "crime drama", "period drama",
    "legal drama", "medical drama", "political drama", "teen drama", "family drama",
    "comedy drama", "comedy-drama", "dark comedy", "black comedy", "sketch comedy",
    "science fiction", "sci-fi", "science-fiction", "reality tv", "reality", "talent",
    "talent show", "game show", "quiz show", "chat show", "talk show", "soap opera",
    "comedy", "drama", "sitcom", "thriller", "horror", "fantasy", "western", "musical",
    "documentary", "docuseries", "animated", "animation", "action", "adventure",
    "mystery", "crime", "superhero", "procedural", "satire", "mockumentary", "anthology",
    "romance", "war", "spy", "cop", "detective",
)


# Trade-press verb forms the English pipeline does not know, with the regular form it reads
# them as (a tokenizer NORM): "has greenlit X" is otherwise tagged an adjective of X.
TRADE_NORMS: dict[str, str] = {
    "greenlit": "greenlighted",
    "green-lit": "greenlighted",
}

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

# Last words of names that are institutions, awards or events, never titles.
NOT_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "Prize", "Award", "Awards", "Festival", "Museum", "University", "College", "Street",
        "Emmy", "Emmys", "Oscar", "Oscars", "Globe", "Globes", "Bafta", "Baftas",
        "Council", "Party", "Day", "Week", "Times", "Post", "Magazine", "Reporter", "News",
        "TV", "Television", "Channel", "Network", "Studios", "Pictures", "Media", "Inc",
        "Season", "Series", "Episode", "Part", "Chapter", "Volume", "Live", "Update", "UPDATE",
        # venues and events
        "Center", "Centre", "Society", "Institute", "Arena", "Stadium", "Marathon",
        "Conference", "Convention", "Expo", "Summit",
    }
)

# Capitalised words that start sentences or headlines but never a title on their own.
COMMON_CAPS: frozenset[str] = frozenset(
    {
        "The", "A", "An", "And", "But", "Or", "So", "Then", "Now", "New", "This", "That", "It",
        "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "In",
        "On", "At", "For", "With", "From", "By", "Of", "To", "As", "If", "When", "While",
        "After", "Before", "Since", "Also", "More", "Most", "Just", "Only", "Even", "Still",
        "Yes", "No", "Not", "All", "Some", "Many", "Every", "Each", "Show", "Season", "Series",
        "Film", "Movie", "TV", "Star", "Stars", "Will", "Is", "Are", "Was", "Be", "Has", "Have",
        "Get", "Gets", "Getting", "Here", "There", "What", "Why", "How", "Who", "Which", "Where",
        "Confirmed", "Exclusive", "Watch", "Update", "Report", "Review", "Official", "Breaking",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord", "US", "UK", "American", "British",
        "Internet", "Facebook", "Twitter", "Instagram", "God", "Christmas",
    }
)

# Verbs that attribute words to a speaker ("..., she said"; "X told Variety that ...").
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said", "says", "say", "added", "adds", "add", "tweeted", "tweets", "wrote", "writes",
        "told", "tells", "explained", "explains", "noted", "notes", "stated", "states",
        "continued", "continues", "joked", "jokes", "quipped", "quips", "admitted", "admits",
        "insisted", "insists", "recalled", "recalls", "revealed", "reveals", "declared",
        "announced", "announces", "posted", "shared", "shares", "reported", "reports",
        "replied", "responded", "commented", "remarked", "asked", "asks", "concluded",
        "agreed", "confirmed", "confirms", "acknowledged", "warned", "promised", "teased",
        "gushed", "raved", "exclaimed", "enthused", "laughed", "mused", "predicted",
    }
)
# Lemmas of verbs whose clause object is reported speech ("X said that ...").
REPORT_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "add", "tell", "explain", "note", "claim", "reveal", "state", "insist",
        "admit", "report", "stress", "argue", "suggest", "predict",
        "write", "tweet", "joke", "promise", "warn", "recall", "acknowledge",
    }
)
# Nouns that describe a speaker already named ("the actress said").
SPEAKER_NOUNS: frozenset[str] = frozenset(
    {
        "actor", "actress", "star", "singer", "creator", "co-creator", "showrunner",
        "producer", "director", "writer", "comedian", "host", "presenter", "musician",
        "rapper", "executive", "boss", "chief", "president", "novelist", "author",
        "filmmaker", "narrator", "judge", "chef", "designer", "model", "comic", "screenwriter",
        "co-star", "frontman", "veteran", "legend", "icon", "newcomer", "performer",
    }
)
# Social platforms as written in articles, with the name a post record uses.
PLATFORMS: dict[str, str] = {
    "twitter": "twitter", "x": "twitter", "instagram": "instagram", "facebook": "facebook",
    "tiktok": "tiktok", "threads": "threads", "youtube": "youtube", "tumblr": "tumblr",
    "bluesky": "bluesky",
}
