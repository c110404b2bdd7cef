"""CID 3406 Non-coronary Transcatheter Intervention.

Extensible, version 20030327, UID 1.2.840.10008.6.1.71.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3406
NAME: _Final[str] = "Non-coronary Transcatheter Intervention"
KEYWORD: _Final[str | None] = "NonCoronaryTranscatheterIntervention"
UID: _Final[str | None] = "1.2.840.10008.6.1.71"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ValvularIntervention: _Final[_Code] = _Code("DCM", "122053", "Valvular Intervention", (3406,))
"""Valvular Intervention (DCM 122053)."""

AorticIntervention: _Final[_Code] = _Code("DCM", "122054", "Aortic Intervention", (3406,))
"""Aortic Intervention (DCM 122054)."""

SeptalDefectIntervention: _Final[_Code] = _Code(
    "DCM", "122055", "Septal Defect Intervention", (3406,)
)
"""Septal Defect Intervention (DCM 122055)."""

VascularIntervention: _Final[_Code] = _Code("DCM", "122056", "Vascular Intervention", (3406,))
"""Vascular Intervention (DCM 122056)."""

MyocardialBiopsy: _Final[_Code] = _Code("DCM", "122057", "Myocardial biopsy", (3406,))
"""Myocardial biopsy (DCM 122057)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ValvularIntervention,
    AorticIntervention,
    SeptalDefectIntervention,
    VascularIntervention,
    MyocardialBiopsy,
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
