"""CID 212 Generic Anatomic Location Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.1287.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 212
NAME: _Final[str] = "Generic Anatomic Location Modifier"
KEYWORD: _Final[str | None] = "GenericAnatomicLocationModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1287"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Median: _Final[_Code] = _Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

Middle: _Final[_Code] = _Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

MidLongitudinal: _Final[_Code] = _Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007)."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
