"""CID 7302 Implant Template View Orientation.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1033.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7302
NAME: _Final[str] = "Implant Template View Orientation"
KEYWORD: _Final[str | None] = "ImplantTemplateViewOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1033"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20101102"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteroPosterior: _Final[_Code] = _Code("SCT", "399348003", "Antero-Posterior", (3466, 4010, 7302))
"""Antero-Posterior (SCT 399348003)."""

MedioLateral: _Final[_Code] = _Code("SCT", "399368009", "Medio-Lateral", (4010, 4014, 7302))
"""Medio-Lateral (SCT 399368009)."""

LateralMedial: _Final[_Code] = _Code("SCT", "399352003", "Lateral-Medial", (4010, 4014, 7302, 7484))
"""Lateral-Medial (SCT 399352003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AnteroPosterior, MedioLateral, LateralMedial)
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
