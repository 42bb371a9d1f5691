"""SQLAlchemy ORM classes. Import every model here so Alembic and metadata see them all."""

from osc_desktop.models.audit import AuditEvent
from osc_desktop.models.base import Base
from osc_desktop.models.centre import Centre
from osc_desktop.models.staff import Role, StaffUser

__all__ = ["AuditEvent", "Base", "Centre", "Role", "StaffUser"]
