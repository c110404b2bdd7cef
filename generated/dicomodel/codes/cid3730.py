"""CID 3730 Insurance Payor.

Extensible, version 20030327, UID 1.2.840.10008.6.1.230.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3730
NAME: _Final[str] = "Insurance Payor"
KEYWORD: _Final[str | None] = "InsurancePayor"
UID: _Final[str | None] = "1.2.840.10008.6.1.230"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Government: _Final[_Code] = _Code("NCDR", "18-1", "Government", (3730,))
"""Government (NCDR 18-1)."""

Commercial: _Final[_Code] = _Code("NCDR", "18-2", "Commercial", (3730,))
"""Commercial (NCDR 18-2)."""

HealthMaintenanceOrganization: _Final[_Code] = _Code(
    "NCDR", "18-3", "Health Maintenance Organization", (3730,)
)
"""Health Maintenance Organization (NCDR 18-3)."""

None_: _Final[_Code] = _Code("NCDR", "18-4", "None", (3730,))
"""None (NCDR 18-4)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Government, Commercial, HealthMaintenanceOrganization, None_)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
