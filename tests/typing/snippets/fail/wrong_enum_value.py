from dicomodel.enums import ConfocalMode

a = ConfocalMode.REFLECTANCEX  # E: "type[ConfocalMode]" has no attribute "REFLECTANCEX"
b: ConfocalMode = "REFLECTANCE"  # E: Incompatible types in assignment (expression has type "str", variable has type "ConfocalMode")
