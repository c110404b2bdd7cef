"""CID 4020 PET Radionuclide.

Extensible, version 20160119, UID 1.2.840.10008.6.1.304.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 4020
NAME: _Final[str] = "PET Radionuclide"
KEYWORD: _Final[str | None] = "PETRadionuclide"
UID: _Final[str | None] = "1.2.840.10008.6.1.304"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160119"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_11Carbon: _Final[_Code] = _Code("SCT", "40565003", "^11^Carbon", (4020,))
"""^11^Carbon (SCT 40565003)."""

_13Nitrogen: _Final[_Code] = _Code("SCT", "21576001", "^13^Nitrogen", (3107, 4020))
"""^13^Nitrogen (SCT 21576001)."""

_14Oxygen: _Final[_Code] = _Code("SCT", "424875009", "^14^Oxygen", (4020,))
"""^14^Oxygen (SCT 424875009)."""

_15Oxygen: _Final[_Code] = _Code("SCT", "129504001", "^15^Oxygen", (4020, 4021))
"""^15^Oxygen (SCT 129504001)."""

_18Fluorine: _Final[_Code] = _Code("SCT", "77004003", "^18^Fluorine", (18, 4020))
"""^18^Fluorine (SCT 77004003)."""

_22Sodium: _Final[_Code] = _Code("SCT", "71633006", "^22^Sodium", (18, 4020, 4021))
"""^22^Sodium (SCT 71633006)."""

_38Potassium: _Final[_Code] = _Code("SCT", "423764008", "^38^Potassium", (4020,))
"""^38^Potassium (SCT 423764008)."""

_43Scandium: _Final[_Code] = _Code("DCM", "126605", "^43^Scandium", (4020,))
"""^43^Scandium (DCM 126605)."""

_44Scandium: _Final[_Code] = _Code("DCM", "126600", "^44^Scandium", (4020,))
"""^44^Scandium (DCM 126600)."""

_45Titanium: _Final[_Code] = _Code("SCT", "75696008", "^45^Titanium", (4020,))
"""^45^Titanium (SCT 75696008)."""

_51Manganese: _Final[_Code] = _Code("DCM", "126601", "^51^Manganese", (4020,))
"""^51^Manganese (DCM 126601)."""

_52Iron: _Final[_Code] = _Code("SCT", "69089000", "^52^Iron", (4020,))
"""^52^Iron (SCT 69089000)."""

_52Manganese: _Final[_Code] = _Code("SCT", "37225000", "^52^Manganese", (4020,))
"""^52^Manganese (SCT 37225000)."""

_52mManganese: _Final[_Code] = _Code("DCM", "126607", "^52m^Manganese", (4020,))
"""^52m^Manganese (DCM 126607)."""

_60Copper: _Final[_Code] = _Code("SCT", "425364008", "^60^Copper", (4020,))
"""^60^Copper (SCT 425364008)."""

_61Copper: _Final[_Code] = _Code("SCT", "71425003", "^61^Copper", (4020,))
"""^61^Copper (SCT 71425003)."""

_62Copper: _Final[_Code] = _Code("SCT", "422934004", "^62^Copper", (4020,))
"""^62^Copper (SCT 422934004)."""

_62Zinc: _Final[_Code] = _Code("SCT", "65054007", "^62^Zinc", (4020,))
"""^62^Zinc (SCT 65054007)."""

_64Copper: _Final[_Code] = _Code("SCT", "3932008", "^64^Copper", (18, 4020))
"""^64^Copper (SCT 3932008)."""

_66Gallium: _Final[_Code] = _Code("SCT", "79477007", "^66^Gallium", (4020,))
"""^66^Gallium (SCT 79477007)."""

_68Gallium: _Final[_Code] = _Code("SCT", "35337001", "^68^Gallium", (4020,))
"""^68^Gallium (SCT 35337001)."""

_68Germanium: _Final[_Code] = _Code("SCT", "53315004", "^68^Germanium", (4020, 4021))
"""^68^Germanium (SCT 53315004)."""

_70Arsenic: _Final[_Code] = _Code("DCM", "126602", "^70^Arsenic", (4020,))
"""^70^Arsenic (DCM 126602)."""

_72Arsenic: _Final[_Code] = _Code("SCT", "2705002", "^72^Arsenic", (4020,))
"""^72^Arsenic (SCT 2705002)."""

_73Selenium: _Final[_Code] = _Code("SCT", "87437000", "^73^Selenium", (4020,))
"""^73^Selenium (SCT 87437000)."""

_75Bromine: _Final[_Code] = _Code("SCT", "17910003", "^75^Bromine", (4020,))
"""^75^Bromine (SCT 17910003)."""

_76Bromine: _Final[_Code] = _Code("SCT", "79523006", "^76^Bromine", (4020,))
"""^76^Bromine (SCT 79523006)."""

_77Bromine: _Final[_Code] = _Code("SCT", "86521004", "^77^Bromine", (4020,))
"""^77^Bromine (SCT 86521004)."""

_82Rubidium: _Final[_Code] = _Code("SCT", "79197006", "^82^Rubidium", (3107, 4020))
"""^82^Rubidium (SCT 79197006)."""

_86Yttrium: _Final[_Code] = _Code("SCT", "10738001", "^86^Yttrium", (4020,))
"""^86^Yttrium (SCT 10738001)."""

_89Zirconium: _Final[_Code] = _Code("SCT", "63360001", "^89^Zirconium", (4020,))
"""^89^Zirconium (SCT 63360001)."""

_90Niobium: _Final[_Code] = _Code("DCM", "126603", "^90^Niobium", (4020,))
"""^90^Niobium (DCM 126603)."""

_90Yttrium: _Final[_Code] = _Code("SCT", "14691008", "^90^Yttrium", (18, 4020, 9528))
"""^90^Yttrium (SCT 14691008)."""

_94mTechnetium: _Final[_Code] = _Code("SCT", "424079002", "^94m^Technetium", (4020,))
"""^94m^Technetium (SCT 424079002)."""

_124Iodine: _Final[_Code] = _Code("SCT", "40937006", "^124^Iodine", (4020,))
"""^124^Iodine (SCT 40937006)."""

_152Terbium: _Final[_Code] = _Code("DCM", "126606", "^152^Terbium", (4020,))
"""^152^Terbium (DCM 126606)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _11Carbon,
    _13Nitrogen,
    _14Oxygen,
    _15Oxygen,
    _18Fluorine,
    _22Sodium,
    _38Potassium,
    _43Scandium,
    _44Scandium,
    _45Titanium,
    _51Manganese,
    _52Iron,
    _52Manganese,
    _52mManganese,
    _60Copper,
    _61Copper,
    _62Copper,
    _62Zinc,
    _64Copper,
    _66Gallium,
    _68Gallium,
    _68Germanium,
    _70Arsenic,
    _72Arsenic,
    _73Selenium,
    _75Bromine,
    _76Bromine,
    _77Bromine,
    _82Rubidium,
    _86Yttrium,
    _89Zirconium,
    _90Niobium,
    _90Yttrium,
    _94mTechnetium,
    _124Iodine,
    _152Terbium,
)
"""The resolved membership: own members, then those of the included groups, in order."""
