"""İcra's web application: FastAPI routes over ``icra.services``, Jinja2 pages and
htmx fragments, every asset served from ``static/`` (government networks are often offline)."""
