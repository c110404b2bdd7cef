"""CID 12117 Vessel Branch Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.584.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12117
NAME: _Final[str] = "Vessel Branch Modifier"
KEYWORD: _Final[str | None] = "VesselBranchModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.584"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CollateralBranchOfVessel: _Final[_Code] = _Code(
    "SCT", "397406000", "Collateral branch of vessel", (3496, 12117)
)
"""Collateral branch of vessel (SCT 397406000)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Main: _Final[_Code] = _Code("SCT", "63161005", "Main", (12117,))
"""Main (SCT 63161005)."""

Medial: _Final[_Code] = _Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CollateralBranchOfVessel,
    Inferior,
    Lateral,
    Left,
    Main,
    Medial,
    Middle,
    Right,
    Superior,
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
