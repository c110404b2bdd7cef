"""CID 68 Imaging Agent Administration Pharmaceutical Presentation Unit.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1258.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 68
NAME: _Final[str] = "Imaging Agent Administration Pharmaceutical Presentation Unit"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationPharmaceuticalPresentationUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1258"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Syringe: _Final[_Code] = _Code("SCT", "733020007", "Syringe", (68,))
"""Syringe (SCT 733020007)."""

Cartridge: _Final[_Code] = _Code("SCT", "706440002", "Cartridge", (68,))
"""Cartridge (SCT 706440002)."""

ParenteralEnteralSolutionBag: _Final[_Code] = _Code(
    "SCT", "464557001", "Parenteral/enteral solution bag", (68,)
)
"""Parenteral/enteral solution bag (SCT 464557001)."""

Bottle: _Final[_Code] = _Code("SCT", "68276009", "Bottle", (68, 69))
"""Bottle (SCT 68276009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Syringe, Cartridge, ParenteralEnteralSolutionBag, Bottle)
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
