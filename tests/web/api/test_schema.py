"""The API's own OpenAPI schema, and its errors: JSON with the right status, never a page or a 500."""

from __future__ import annotations

import pytest

from tests.web.api.conftest import ApiClient


def test_the_schema_is_served_and_documents_every_refusal(api: ApiClient) -> None:
    schema = api(None).get("/api/v1/openapi.json").json()
    assert schema["servers"] == [{"url": "/api/v1"}]
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path in (
        "/plans",
        "/reports",
        "/reports/{report_id}",
        "/events",
        "/figures",
        "/document-refs",
        "/search",
    ):
        assert path in schema["paths"], path
    for operation in (op for methods in schema["paths"].values() for op in methods.values()):
        assert {"401", "403", "404", "422"} <= set(operation["responses"]), operation["operationId"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("get", "/api/v1/reports/abc", None, 422),
        ("get", "/api/v1/reports/99999999999999999999", None, 422),
        ("get", "/api/v1/reports?year=16", None, 422),
        ("get", "/api/v1/plans/%00", None, 422),
        ("get", "/api/v1/search", None, 422),
        ("get", "/api/v1/no-such-thing", None, 404),
        ("patch", "/api/v1/events/1", {"values": {"title": "a\u0000b"}}, 422),
        ("patch", "/api/v1/events/1", {"values": {"participants": "9" * 30}}, 422),
        ("patch", "/api/v1/events/1", "not json", 422),
        ("post", "/api/v1/reports", None, 422),
    ],
)
def test_bad_requests_are_json_errors(
    api: ApiClient, method: str, path: str, body: object, status: int
) -> None:
    answer = api("coordinator").request(method, path, json=body)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["detail"]
