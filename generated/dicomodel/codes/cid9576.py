"""CID 9576 Reasons for RT Radiation Treatment Omission.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1423.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9576
NAME: _Final[str] = "Reasons for RT Radiation Treatment Omission"
KEYWORD: _Final[str | None] = "ReasonsForRTRadiationTreatmentOmission"
UID: _Final[str | None] = "1.2.840.10008.6.1.1423"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTRadiationPreviouslyDelivered: _Final[_Code] = _Code(
    "DCM", "130663", "RT Radiation previously delivered", (9576,)
)
"""RT Radiation previously delivered (DCM 130663)."""

TreatmentUnnecessary: _Final[_Code] = _Code("DCM", "130664", "Treatment unnecessary", (9576,))
"""Treatment unnecessary (DCM 130664)."""

TreatmentExceedsPatientTolerance: _Final[_Code] = _Code(
    "DCM", "130665", "Treatment exceeds patient tolerance", (9576,)
)
"""Treatment exceeds patient tolerance (DCM 130665)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTRadiationPreviouslyDelivered,
    TreatmentUnnecessary,
    TreatmentExceedsPatientTolerance,
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
