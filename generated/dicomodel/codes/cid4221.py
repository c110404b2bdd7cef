"""CID 4221 Visual Fixation Quality Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.820.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4221
NAME: _Final[str] = "Visual Fixation Quality Problem"
KEYWORD: _Final[str | None] = "VisualFixationQualityProblem"
UID: _Final[str | None] = "1.2.840.10008.6.1.820"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090917"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatientMovement: _Final[_Code] = _Code("DCM", "110518", "Patient Movement", (4221, 9561))
"""Patient Movement (DCM 110518)."""

EccentricFixation: _Final[_Code] = _Code("SCT", "251786004", "Eccentric Fixation", (4221,))
"""Eccentric Fixation (SCT 251786004)."""

OperatorError: _Final[_Code] = _Code("DCM", "110519", "Operator Error", (4221, 9561))
"""Operator Error (DCM 110519)."""

EquipmentFailure: _Final[_Code] = _Code(
    "DCM", "110501", "Equipment failure", (71, 3427, 4221, 9301, 9302, 9561)
)
"""Equipment failure (DCM 110501)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatientMovement,
    EccentricFixation,
    OperatorError,
    EquipmentFailure,
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
