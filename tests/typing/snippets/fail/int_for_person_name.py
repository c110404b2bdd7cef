from datetime import date

from dicomodel.modules import PatientModule

PatientModule(
    PatientName=42,  # E: Argument "PatientName" to "PatientModule" has incompatible type "int"
    PatientID="1",
    PatientBirthDate=date(1970, 1, 1),
    PatientSex=None,
)
