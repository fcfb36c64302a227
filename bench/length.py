"""Extraction cost against document length: it should grow linearly.

    python bench/length.py [--sizes 20000,40000,80000,160000] [--seed 7]

Builds one document per size from invented news paragraphs (invented shows, people and
studios, chosen by a seeded random generator, so every paragraph names different
things), runs ``extract_documents`` over it and prints the parse time, the extraction
time and the seconds per 1,000 characters of each size. The last line is
``spread R``: the largest seconds per 1,000 characters divided by the smallest (1.0 is
perfectly linear; under 2 is flat), of the wall-clock time and of the CPU time (the
steadier measure on a shared machine).
"""

from __future__ import annotations

import argparse
import random
import time

from marquee.config import Settings
from marquee.extract import extract_article
from marquee.nlp.pipeline import load_pipeline
from marquee.sources.document import Document

FIRST = ("Mira", "Tobin", "Celia", "Anders", "Priya", "Joel", "Wren", "Odile", "Basil", "Juno",
         "Hollis", "Ines", "Rafe", "Sunniva", "Caspian", "Delphine")
LAST = ("Quillfeather", "Marrow", "Ashgrove", "Pellucid", "Thornbury", "Vantablack", "Okonkwo",
        "Ferrante", "Lindqvist", "Haverford", "Dunmore", "Castellane", "Wexley", "Brightwater")
TITLE_A = ("Glass", "Copper", "Hollow", "Silent", "Velvet", "Paper", "Iron", "Salt", "Amber")
TITLE_B = ("Orchard", "Harbour", "Lanterns", "Cartographers", "Tide", "Meridian", "Saints",
           "Foxes", "Signal")
STUDIOS = ("Pale Moth Pictures", "Little Engine Studios", "Greyhound Lane Productions")
NETWORKS = ("Netflix", "HBO", "BBC One", "Hulu", "Peacock")
MONTHS = ("January", "March", "May", "July", "September", "November")

PARAGRAPHS = (
    "{net} has renewed {title} for a {nth} season, months after the {genre} drew its best "
    "ratings yet. {person} stars as {role}, a retired lighthouse keeper.",
    "{person} has joined the cast of {title}, the {genre} series from {studio}. "
    "The show returns on {month} {day}, {year}, {net} said on Tuesday.",
    '"We could not be prouder of this team," said {person}, who created {title}. '
    "{person2} directs the first two episodes.",
    "{title} will not return: {net} cancelled the {genre} after {count} seasons. "
    "{person} played {role} in all of them and wrote the finale.",
    "Filming on {title} begins in Lisbon this spring. {studio} produces, with {person} and "
    "{person2} as executive producers.",
)


def invented_text(chars: int, seed: int) -> str:
    """Paragraphs of invented news until the text is ``chars`` characters long."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        template = rng.choice(PARAGRAPHS)
        paragraph = template.format(
            net=rng.choice(NETWORKS),
            title=f"The {rng.choice(TITLE_A)} {rng.choice(TITLE_B)}",
            nth=rng.choice(("second", "third", "fourth", "fifth")),
            genre=rng.choice(("thriller", "comedy", "period drama", "mystery")),
            person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            person2=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            role=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            studio=rng.choice(STUDIOS),
            month=rng.choice(MONTHS),
            day=rng.randint(1, 28),
            year=rng.randint(2019, 2026),
            count=rng.randint(2, 9),
        )
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars].rstrip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,40000,80000,160000")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = load_pipeline(Settings.from_env().model)
    nlp.max_length = max(nlp.max_length, max(sizes) + 1)
    extract_article(nlp("A warm-up sentence about The Glass Orchard."), Document("w", "w"))
    print(f"{'chars':>8} {'parse s':>8} {'extract s':>10} {'facts':>6} {'s/1k chars':>11} "
          f"{'cpu s/1k':>9}")
    rates: list[float] = []
    cpu_rates: list[float] = []
    for size in sizes:
        document = Document(id=f"len{size}", text=invented_text(size, args.seed))
        started, cpu = time.perf_counter(), time.process_time()
        doc = nlp(document.text)
        parsed = time.perf_counter()
        facts = extract_article(doc, document)
        done, cpu_done = time.perf_counter(), time.process_time()
        rates.append((done - started) / len(document.text) * 1000)
        cpu_rates.append((cpu_done - cpu) / len(document.text) * 1000)
        print(f"{len(document.text):>8} {parsed - started:>8.2f} {done - parsed:>10.2f} "
              f"{len(facts):>6} {rates[-1]:>11.4f} {cpu_rates[-1]:>9.4f}")
    print(f"spread {max(rates) / min(rates):.2f} (cpu {max(cpu_rates) / min(cpu_rates):.2f})")


if __name__ == "__main__":
    main()
