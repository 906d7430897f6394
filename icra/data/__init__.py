"""Data shipped with İcra: the demo plan and agencies (``demo/``), loaded by
``icra.services.demo.load_demo``."""

from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_PLAN = DEMO_DIR / "plan-nap-2014-2018.yaml"
DEMO_AGENCIES = DEMO_DIR / "agencies.yaml"
