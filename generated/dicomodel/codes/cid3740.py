"""CID 3740 Thrombolytic Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.237.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3740
NAME: _Final[str] = "Thrombolytic Administration"
KEYWORD: _Final[str | None] = "ThrombolyticAdministration"
UID: _Final[str | None] = "1.2.840.10008.6.1.237"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Contraindicated: _Final[_Code] = _Code("SCT", "373148008", "Contraindicated", (3740,))
"""Contraindicated (SCT 373148008)."""

AdministeredLessThan3HoursBeforePCI: _Final[_Code] = _Code(
    "SCT", "371896004", "Administered less than 3 hours before PCI", (3740,)
)
"""Administered less than 3 hours before PCI (SCT 371896004)."""

AdministeredBetween3And6HoursBeforePCI: _Final[_Code] = _Code(
    "SCT", "371897008", "Administered between 3 and 6 hours before PCI", (3740,)
)
"""Administered between 3 and 6 hours before PCI (SCT 371897008)."""

AdministeredBetween6HoursAnd7DaysBeforePCI: _Final[_Code] = _Code(
    "SCT", "371906007", "Administered between 6 hours and 7 days before PCI", (3740,)
)
"""Administered between 6 hours and 7 days before PCI (SCT 371906007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Contraindicated,
    AdministeredLessThan3HoursBeforePCI,
    AdministeredBetween3And6HoursBeforePCI,
    AdministeredBetween6HoursAnd7DaysBeforePCI,
)
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
