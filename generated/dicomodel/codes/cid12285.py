"""CID 12285 Cardiac Ultrasound Atrioventricular Valve Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.865.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12285
NAME: _Final[str] = "Cardiac Ultrasound Atrioventricular Valve Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundAtrioventricularValveFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.865"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003)."""

CommonNonMitralNonTricuspidAtrioventricularValveStructure: _Final[_Code] = _Code(
    "SCT", "312522004", "Common non-mitral non-tricuspid Atrioventricular Valve Structure", (12285,)
)
"""Common non-mitral non-tricuspid Atrioventricular Valve Structure (SCT 312522004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MitralValve,
    TricuspidValve,
    CommonNonMitralNonTricuspidAtrioventricularValveStructure,
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
