"""CID 3730 Insurance Payor.

Extensible, version 20030327, UID 1.2.840.10008.6.1.230.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3730
NAME: Final[str] = "Insurance Payor"
KEYWORD: Final[str | None] = "InsurancePayor"
UID: Final[str | None] = "1.2.840.10008.6.1.230"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Government: Final[Code] = Code("NCDR", "18-1", "Government", (3730,))
"""Government (NCDR 18-1)."""

Commercial: Final[Code] = Code("NCDR", "18-2", "Commercial", (3730,))
"""Commercial (NCDR 18-2)."""

HealthMaintenanceOrganization: Final[Code] = Code(
    "NCDR", "18-3", "Health Maintenance Organization", (3730,)
)
"""Health Maintenance Organization (NCDR 18-3)."""

None_: Final[Code] = Code("NCDR", "18-4", "None", (3730,))
"""None (NCDR 18-4)."""

MEMBERS: Final[tuple[Code, ...]] = (Government, Commercial, HealthMaintenanceOrganization, None_)
"""The resolved membership: own members, then those of the included groups, in order."""
