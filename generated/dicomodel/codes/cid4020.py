"""CID 4020 PET Radionuclide.

Extensible, version 20160119, UID 1.2.840.10008.6.1.304.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4020
NAME: _Final[str] = "PET Radionuclide"
KEYWORD: _Final[str | None] = "PETRadionuclide"
UID: _Final[str | None] = "1.2.840.10008.6.1.304"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160119"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V11Carbon: _Final[_Code] = _Code("SCT", "40565003", "^11^Carbon", (4020,))
"""^11^Carbon (SCT 40565003)."""

V13Nitrogen: _Final[_Code] = _Code("SCT", "21576001", "^13^Nitrogen", (3107, 4020))
"""^13^Nitrogen (SCT 21576001)."""

V14Oxygen: _Final[_Code] = _Code("SCT", "424875009", "^14^Oxygen", (4020,))
"""^14^Oxygen (SCT 424875009)."""

V15Oxygen: _Final[_Code] = _Code("SCT", "129504001", "^15^Oxygen", (4020, 4021))
"""^15^Oxygen (SCT 129504001)."""

V18Fluorine: _Final[_Code] = _Code("SCT", "77004003", "^18^Fluorine", (18, 4020))
"""^18^Fluorine (SCT 77004003)."""

V22Sodium: _Final[_Code] = _Code("SCT", "71633006", "^22^Sodium", (18, 4020, 4021))
"""^22^Sodium (SCT 71633006)."""

V38Potassium: _Final[_Code] = _Code("SCT", "423764008", "^38^Potassium", (4020,))
"""^38^Potassium (SCT 423764008)."""

V43Scandium: _Final[_Code] = _Code("DCM", "126605", "^43^Scandium", (4020,))
"""^43^Scandium (DCM 126605)."""

V44Scandium: _Final[_Code] = _Code("DCM", "126600", "^44^Scandium", (4020,))
"""^44^Scandium (DCM 126600)."""

V45Titanium: _Final[_Code] = _Code("SCT", "75696008", "^45^Titanium", (4020,))
"""^45^Titanium (SCT 75696008)."""

V51Manganese: _Final[_Code] = _Code("DCM", "126601", "^51^Manganese", (4020,))
"""^51^Manganese (DCM 126601)."""

V52Iron: _Final[_Code] = _Code("SCT", "69089000", "^52^Iron", (4020,))
"""^52^Iron (SCT 69089000)."""

V52Manganese: _Final[_Code] = _Code("SCT", "37225000", "^52^Manganese", (4020,))
"""^52^Manganese (SCT 37225000)."""

V52mManganese: _Final[_Code] = _Code("DCM", "126607", "^52m^Manganese", (4020,))
"""^52m^Manganese (DCM 126607)."""

V60Copper: _Final[_Code] = _Code("SCT", "425364008", "^60^Copper", (4020,))
"""^60^Copper (SCT 425364008)."""

V61Copper: _Final[_Code] = _Code("SCT", "71425003", "^61^Copper", (4020,))
"""^61^Copper (SCT 71425003)."""

V62Copper: _Final[_Code] = _Code("SCT", "422934004", "^62^Copper", (4020,))
"""^62^Copper (SCT 422934004)."""

V62Zinc: _Final[_Code] = _Code("SCT", "65054007", "^62^Zinc", (4020,))
"""^62^Zinc (SCT 65054007)."""

V64Copper: _Final[_Code] = _Code("SCT", "3932008", "^64^Copper", (18, 4020))
"""^64^Copper (SCT 3932008)."""

V66Gallium: _Final[_Code] = _Code("SCT", "79477007", "^66^Gallium", (4020,))
"""^66^Gallium (SCT 79477007)."""

V68Gallium: _Final[_Code] = _Code("SCT", "35337001", "^68^Gallium", (4020,))
"""^68^Gallium (SCT 35337001)."""

V68Germanium: _Final[_Code] = _Code("SCT", "53315004", "^68^Germanium", (4020, 4021))
"""^68^Germanium (SCT 53315004)."""

V70Arsenic: _Final[_Code] = _Code("DCM", "126602", "^70^Arsenic", (4020,))
"""^70^Arsenic (DCM 126602)."""

V72Arsenic: _Final[_Code] = _Code("SCT", "2705002", "^72^Arsenic", (4020,))
"""^72^Arsenic (SCT 2705002)."""

V73Selenium: _Final[_Code] = _Code("SCT", "87437000", "^73^Selenium", (4020,))
"""^73^Selenium (SCT 87437000)."""

V75Bromine: _Final[_Code] = _Code("SCT", "17910003", "^75^Bromine", (4020,))
"""^75^Bromine (SCT 17910003)."""

V76Bromine: _Final[_Code] = _Code("SCT", "79523006", "^76^Bromine", (4020,))
"""^76^Bromine (SCT 79523006)."""

V77Bromine: _Final[_Code] = _Code("SCT", "86521004", "^77^Bromine", (4020,))
"""^77^Bromine (SCT 86521004)."""

V82Rubidium: _Final[_Code] = _Code("SCT", "79197006", "^82^Rubidium", (3107, 4020))
"""^82^Rubidium (SCT 79197006)."""

V86Yttrium: _Final[_Code] = _Code("SCT", "10738001", "^86^Yttrium", (4020,))
"""^86^Yttrium (SCT 10738001)."""

V89Zirconium: _Final[_Code] = _Code("SCT", "63360001", "^89^Zirconium", (4020,))
"""^89^Zirconium (SCT 63360001)."""

V90Niobium: _Final[_Code] = _Code("DCM", "126603", "^90^Niobium", (4020,))
"""^90^Niobium (DCM 126603)."""

V90Yttrium: _Final[_Code] = _Code("SCT", "14691008", "^90^Yttrium", (18, 4020, 9528))
"""^90^Yttrium (SCT 14691008)."""

V94mTechnetium: _Final[_Code] = _Code("SCT", "424079002", "^94m^Technetium", (4020,))
"""^94m^Technetium (SCT 424079002)."""

V124Iodine: _Final[_Code] = _Code("SCT", "40937006", "^124^Iodine", (4020,))
"""^124^Iodine (SCT 40937006)."""

V152Terbium: _Final[_Code] = _Code("DCM", "126606", "^152^Terbium", (4020,))
"""^152^Terbium (DCM 126606)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_11Carbon: _Final[_Code] = V11Carbon
_13Nitrogen: _Final[_Code] = V13Nitrogen
_14Oxygen: _Final[_Code] = V14Oxygen
_15Oxygen: _Final[_Code] = V15Oxygen
_18Fluorine: _Final[_Code] = V18Fluorine
_22Sodium: _Final[_Code] = V22Sodium
_38Potassium: _Final[_Code] = V38Potassium
_43Scandium: _Final[_Code] = V43Scandium
_44Scandium: _Final[_Code] = V44Scandium
_45Titanium: _Final[_Code] = V45Titanium
_51Manganese: _Final[_Code] = V51Manganese
_52Iron: _Final[_Code] = V52Iron
_52Manganese: _Final[_Code] = V52Manganese
_52mManganese: _Final[_Code] = V52mManganese
_60Copper: _Final[_Code] = V60Copper
_61Copper: _Final[_Code] = V61Copper
_62Copper: _Final[_Code] = V62Copper
_62Zinc: _Final[_Code] = V62Zinc
_64Copper: _Final[_Code] = V64Copper
_66Gallium: _Final[_Code] = V66Gallium
_68Gallium: _Final[_Code] = V68Gallium
_68Germanium: _Final[_Code] = V68Germanium
_70Arsenic: _Final[_Code] = V70Arsenic
_72Arsenic: _Final[_Code] = V72Arsenic
_73Selenium: _Final[_Code] = V73Selenium
_75Bromine: _Final[_Code] = V75Bromine
_76Bromine: _Final[_Code] = V76Bromine
_77Bromine: _Final[_Code] = V77Bromine
_82Rubidium: _Final[_Code] = V82Rubidium
_86Yttrium: _Final[_Code] = V86Yttrium
_89Zirconium: _Final[_Code] = V89Zirconium
_90Niobium: _Final[_Code] = V90Niobium
_90Yttrium: _Final[_Code] = V90Yttrium
_94mTechnetium: _Final[_Code] = V94mTechnetium
_124Iodine: _Final[_Code] = V124Iodine
_152Terbium: _Final[_Code] = V152Terbium

MEMBERS: _Final[tuple[_Code, ...]] = (
    V11Carbon,
    V13Nitrogen,
    V14Oxygen,
    V15Oxygen,
    V18Fluorine,
    V22Sodium,
    V38Potassium,
    V43Scandium,
    V44Scandium,
    V45Titanium,
    V51Manganese,
    V52Iron,
    V52Manganese,
    V52mManganese,
    V60Copper,
    V61Copper,
    V62Copper,
    V62Zinc,
    V64Copper,
    V66Gallium,
    V68Gallium,
    V68Germanium,
    V70Arsenic,
    V72Arsenic,
    V73Selenium,
    V75Bromine,
    V76Bromine,
    V77Bromine,
    V82Rubidium,
    V86Yttrium,
    V89Zirconium,
    V90Niobium,
    V90Yttrium,
    V94mTechnetium,
    V124Iodine,
    V152Terbium,
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
