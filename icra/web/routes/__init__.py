"""One module per resource; each opens with ``router = APIRouter(...)`` and is listed in
``icra.web.app.ROUTERS``."""
