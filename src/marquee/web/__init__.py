"""Server-rendered pages (Jinja2, autoescaped) over the knowledge base, with a little
vanilla JavaScript from /static (no inline script, no build step)."""
