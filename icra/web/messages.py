"""Interface words that templates show from data (a status, a step, a field's name), listed
so that ``pybabel extract`` finds them for the catalogues: ``_(report.status.value)``."""


def N_(message: str) -> str:
    return message


DYNAMIC_MESSAGES = (
    # report statuses and the steps between them
    N_("draft"), N_("submitted"), N_("returned"), N_("approved"), N_("published"),
    N_("submit"), N_("return"), N_("approve"), N_("publish"), N_("reopen"),
    # roles
    N_("admin"), N_("coordinator"), N_("reporter"), N_("viewer"),
    # audit actions and records
    N_("create"), N_("update"), N_("delete"), N_("sign_in"), N_("rate"), N_("remind"),
    N_("report"), N_("entry"), N_("plan item rating"), N_("reporting period"),
    # items, their review status and fields
    N_("event"), N_("figure"), N_("document ref"), N_("need"),
    N_("extracted"), N_("confirmed"), N_("edited"), N_("added"),
    N_("title"), N_("kind"), N_("date start"), N_("date end"), N_("place"), N_("participants"),
    N_("value"), N_("what"), N_("period"), N_("number"), N_("date"), N_("issuer"), N_("text"),
    # kinds of document
    N_("law"), N_("decree"), N_("decision"), N_("resolution"), N_("order"), N_("letter"), N_("other"),
    # the rubric and the coverage matrix
    N_("not started"), N_("limited"), N_("substantial"), N_("complete"),
    N_("reported"), N_("missing"),
    N_("wrong user name or password"),
    # kinds of quality flag (icra.services.quality), shown with "_" as a space
    N_("repeated text"), N_("contradicting figures"), N_("outside period"), N_("duplicate"),
)  # fmt: skip
