"""CID 12009 Early Gestation Biometry Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.558.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12009
NAME: _Final[str] = "Early Gestation Biometry Measurement"
KEYWORD: _Final[str | None] = "EarlyGestationBiometryMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.558"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CrownRumpLength: _Final[_Code] = _Code("LN", "11957-8", "Crown Rump Length", (12009,))
"""Crown Rump Length (LN 11957-8)."""

GestationalSacDiameter: _Final[_Code] = _Code("LN", "11850-5", "Gestational Sac Diameter", (12009,))
"""Gestational Sac Diameter (LN 11850-5)."""

SpineLength: _Final[_Code] = _Code("LN", "33071-2", "Spine Length", (12009,))
"""Spine Length (LN 33071-2)."""

YolkSacLength: _Final[_Code] = _Code("LN", "11816-6", "Yolk Sac length", (12009,))
"""Yolk Sac length (LN 11816-6)."""

NuchalTranslucency: _Final[_Code] = _Code(
    "LN", "33069-6", "Nuchal Translucency", (12007, 12009, 12279)
)
"""Nuchal Translucency (LN 33069-6)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CrownRumpLength,
    GestationalSacDiameter,
    SpineLength,
    YolkSacLength,
    NuchalTranslucency,
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
