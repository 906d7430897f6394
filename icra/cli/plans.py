"""``icra plan import | show | list``: the plan catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from icra.cli.database import command_user, console, open_session
from icra.db.models import Plan, PlanItem, ResponsibilityRole
from icra.plan_files import read_plan
from icra.services.plans import get_plan, import_plan, list_plans, plan_items

plan_app = typer.Typer(help="Import and look at plans.", no_args_is_help=True)
LANGUAGES = ("az", "en", "ru")


def title_in(record: Plan | PlanItem, lang: str) -> str:
    """The title in ``lang``, else in the first language that has one."""
    for code in (lang, *LANGUAGES):
        title = getattr(record, f"title_{code}", None)
        if title:
            return str(title)
    return ""


@plan_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A plan file: .yaml, .yml or .xlsx (see icra/plan_files.py).")],
) -> None:
    """Import a plan, or update it in place from a changed file (all or nothing)."""
    spec = read_plan(file)
    with open_session(ctx) as session:
        result = import_plan(session=session, spec=spec, user=command_user(ctx, session))
        verb = "created" if result.plan_created else "updated"
        console.print(f"plan {result.plan.code} {verb} from {file.name}", highlight=False)
        for label, codes in (
            ("new", result.created),
            ("changed", result.updated),
            ("withdrawn (still used by reports)", result.withdrawn),
            ("deleted", result.deleted),
        ):
            if codes:
                console.print(f"  {label}: {', '.join(codes)}", highlight=False)
        console.print(f"  unchanged: {len(result.unchanged)} items", highlight=False)


@plan_app.command("list")
def list_command(ctx: typer.Context) -> None:
    """List the plans."""
    with open_session(ctx) as session:
        plans = list_plans(session=session)
        if not plans:
            console.print("no plans yet: import one with `icra plan import FILE`")
            return
        table = Table("code", "period", "items", "title")
        for plan in plans:
            table.add_row(
                plan.code,
                f"{plan.period_start}-{plan.period_end}",
                str(len(plan.items)),
                escape(title_in(plan, "az")),
            )
        console.print(table)


@plan_app.command("show")
def show_command(
    ctx: typer.Context,
    plan_code: Annotated[
        str | None, typer.Option("--plan", help="The plan's code; needed when there are several.")
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the titles: az, en or ru.")] = "az",
) -> None:
    """Show a plan as a tree of sections, measures and sub-items with their agencies."""
    with open_session(ctx) as session:
        plan = get_plan(session=session, code=plan_code)
        console.print(plan_tree(plan, plan_items(session=session, plan=plan), lang))


def plan_tree(plan: Plan, items: list[PlanItem], lang: str) -> Tree:
    tree = Tree(
        f"[bold]{escape(plan.code)}[/] {escape(title_in(plan, lang))} ({plan.period_start}-{plan.period_end})"
    )
    if plan.reconstructed:
        tree.add(f"[italic dim]{escape(plan.reconstructed)}[/]")
    branches: dict[int, Tree] = {}
    for item in items:  # in code order, so a parent comes before its children
        parent = branches.get(item.parent_id) if item.parent_id is not None else None
        branches[item.id] = (parent or tree).add(_item_label(item, lang))
    return tree


def _item_label(item: PlanItem, lang: str) -> str:
    label = f"[bold]{escape(item.code)}[/] {escape(title_in(item, lang))}"
    details = []
    if item.deadline_text:
        details.append(f"deadline {item.deadline_text}")
    for role, name in ((ResponsibilityRole.lead, "lead"), (ResponsibilityRole.partner, "partners")):
        codes = sorted(r.agency.code for r in item.responsibilities if r.role is role)
        if codes:
            details.append(f"{name} {', '.join(codes)}")
    if details:
        label += f" [dim]({escape('; '.join(details))})[/]"
    if item.withdrawn:
        label += " [red](withdrawn)[/]"
    return label


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")
