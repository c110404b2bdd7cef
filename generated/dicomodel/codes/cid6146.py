"""CID 6146 Time Point Type.

Extensible, version 20221002, UID 1.2.840.10008.6.1.1002.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6146
NAME: _Final[str] = "Time Point Type"
KEYWORD: _Final[str | None] = "TimePointType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1002"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221002"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Baseline: _Final[_Code] = _Code("UMLS", "C1442488", "Baseline", (6146,))
"""Baseline (UMLS C1442488)."""

Pretreatment: _Final[_Code] = _Code("UMLS", "C3539075", "Pretreatment", (6146,))
"""Pretreatment (UMLS C3539075)."""

Posttreatment: _Final[_Code] = _Code("DCM", "126074", "Posttreatment", (6146,))
"""Posttreatment (DCM 126074)."""

Eligibility: _Final[_Code] = _Code("DCM", "126075", "Eligibility", (6146,))
"""Eligibility (DCM 126075)."""

Unscheduled: _Final[_Code] = _Code("UMLS", "C1699701", "Unscheduled", (6146,))
"""Unscheduled (UMLS C1699701)."""

Nadir: _Final[_Code] = _Code("UMLS", "C1708760", "Nadir", (6146,))
"""Nadir (UMLS C1708760)."""

PreOperative: _Final[_Code] = _Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

PostOperative: _Final[_Code] = _Code("SCT", "262061000", "Post-operative", (31, 632, 6146))
"""Post-operative (SCT 262061000)."""

PostRadiation: _Final[_Code] = _Code("SCT", "264908009", "Post-radiation", (6146,))
"""Post-radiation (SCT 264908009)."""

PostChemotherapy: _Final[_Code] = _Code("SCT", "262502001", "Post-chemotherapy", (6146,))
"""Post-chemotherapy (SCT 262502001)."""

MaintenanceTherapy: _Final[_Code] = _Code("SCT", "314122007", "Maintenance therapy", (6146,))
"""Maintenance therapy (SCT 314122007)."""

RecurrenceOfTumor: _Final[_Code] = _Code("SCT", "25173007", "Recurrence of tumor", (6146,))
"""Recurrence of tumor (SCT 25173007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Baseline,
    Pretreatment,
    Posttreatment,
    Eligibility,
    Unscheduled,
    Nadir,
    PreOperative,
    PostOperative,
    PostRadiation,
    PostChemotherapy,
    MaintenanceTherapy,
    RecurrenceOfTumor,
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
