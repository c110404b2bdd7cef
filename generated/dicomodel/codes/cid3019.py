"""CID 3019 Cardiovascular Anatomic Structure Modifier.

Extensible, version 20240611, UID 1.2.840.10008.6.1.49.
Includes CID 247, CID 212.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3019
NAME: _Final[str] = "Cardiovascular Anatomic Structure Modifier"
KEYWORD: _Final[str | None] = "CardiovascularAnatomicStructureModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.49"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = (247, 212)
EXTERNAL_SCHEME: _Final[str | None] = None

GraftToDistalAnastomosis: _Final[_Code] = _Code(
    "SCT", "128948006", "Graft to distal anastomosis", (3019,)
)
"""Graft to distal anastomosis (SCT 128948006)."""

GraftToProximalAnastomosis: _Final[_Code] = _Code(
    "SCT", "128949003", "Graft to proximal anastomosis", (3019,)
)
"""Graft to proximal anastomosis (SCT 128949003)."""

Ostium: _Final[_Code] = _Code("SCT", "264114003", "Ostium", (3019, 3837))
"""Ostium (SCT 264114003)."""

EntireVessel: _Final[_Code] = _Code("SCT", "361097006", "Entire Vessel", (3019,))
"""Entire Vessel (SCT 361097006)."""

AneurysmOnCitedVessel: _Final[_Code] = _Code("DCM", "122101", "Aneurysm on cited vessel", (3019,))
"""Aneurysm on cited vessel (DCM 122101)."""

GraftToCitedSegmentProximalSection: _Final[_Code] = _Code(
    "DCM", "122102", "Graft to cited segment, proximal section", (3019,)
)
"""Graft to cited segment, proximal section (DCM 122102)."""

GraftToCitedSegmentMidSection: _Final[_Code] = _Code(
    "DCM", "122103", "Graft to cited segment, mid section", (3019,)
)
"""Graft to cited segment, mid section (DCM 122103)."""

GraftToCitedSegmentDistalSection: _Final[_Code] = _Code(
    "DCM", "122104", "Graft to cited segment, distal section", (3019,)
)
"""Graft to cited segment, distal section (DCM 122104)."""

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007). Included from CID 247."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000). Included from CID 247."""

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009). Included from CID 212."""

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008). Included from CID 212."""

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002). Included from CID 212."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000). Included from CID 212."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004). Included from CID 212."""

Median: _Final[_Code] = _Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290). Included from CID 212."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569). Included from CID 212."""

MidLongitudinal: _Final[_Code] = _Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007). Included from CID 212."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008). Included from CID 212."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009). Included from CID 212."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000). Included from CID 212."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GraftToDistalAnastomosis,
    GraftToProximalAnastomosis,
    Ostium,
    EntireVessel,
    AneurysmOnCitedVessel,
    GraftToCitedSegmentProximalSection,
    GraftToCitedSegmentMidSection,
    GraftToCitedSegmentDistalSection,
    Right,
    Left,
    Anterior,
    Central,
    Distal,
    Inferior,
    Lateral,
    Median,
    Middle,
    MidLongitudinal,
    Posterior,
    Proximal,
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
