"""The caller's own API tokens: list, make (the secret is answered once), revoke."""

from __future__ import annotations

from fastapi import APIRouter

from icra.services.tokens import create_token, list_tokens, revoke_token
from icra.web.api import schemas
from icra.web.api.auth import ApiUser
from icra.web.api.filters import Id
from icra.web.deps import SessionDep

router = APIRouter(prefix="/tokens", tags=["tokens"])


@router.get("")
def tokens(session: SessionDep, user: ApiUser) -> list[schemas.Token]:
    return [
        schemas.Token.model_validate(token) for token in list_tokens(session=session, user=user, owner=user)
    ]


@router.post("", status_code=201)
def new_token(session: SessionDep, user: ApiUser, new: schemas.NewToken) -> schemas.CreatedToken:
    token, secret = create_token(session=session, owner=user, name=new.name, user=user)
    return schemas.CreatedToken(
        id=token.id, name=token.name, created_at=token.created_at, revoked_at=None, secret=secret
    )


@router.delete("/{token_id}")
def revoke(session: SessionDep, user: ApiUser, token_id: Id) -> schemas.Token:
    return schemas.Token.model_validate(revoke_token(session=session, token_id=token_id, user=user))
