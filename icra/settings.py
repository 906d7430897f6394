"""İcra's settings: one class, each field with its help. Read from the
environment (``ICRA_DATABASE_URL`` ...) or passed in by the CLI and tests."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ICRA_")

    database_url: str = Field(
        "sqlite:///icra.db",
        description="SQLAlchemy URL of the database; SQLite by default, "
        "postgresql+psycopg://user:password@host/db for deployments.",
    )
    max_upload_bytes: int = Field(50 * 1024 * 1024, description="Largest report file accepted, in bytes.")
    public_threshold: int = Field(
        5,
        ge=1,
        description="Public outputs (published report, open data) show victim counts below this as "
        '"<N" (k-anonymity, as CTDC does).',
    )
    cli_user: str = Field(
        "cli",
        description="User the CLI acts as in the audit trail (`icra --as USER`); "
        "the default system user 'cli' is created on first use and cannot log in.",
    )
    secret_key: str | None = Field(
        None,
        description="Key signing the web session cookies; give every web process the same one. "
        "Without it each process makes its own, and sign-ins end when it restarts.",
    )
    https: bool = Field(
        False, description="Served over https (behind a proxy): session cookies are marked Secure."
    )
    smtp_host: str = Field("localhost", description="SMTP server that sends reporting reminders.")
    smtp_port: int = Field(25, description="Port of the SMTP server.")
    mail_from: str = Field("icra@localhost", description="Sender address of reporting reminders.")
