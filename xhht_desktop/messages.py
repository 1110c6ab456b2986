"""Words for the codes of errors and issues, in English; translations live in translations/.

The marker function carries Qt's name so that `pyside6-lupdate` collects these strings into the
"Messages" context of the .ts files. The GUI translates them with Qt; the CLI, which has no Qt,
reads the same .ts file (see `catalog.py`). Parameters are written {like_this}.
"""

from __future__ import annotations

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "name.required": QT_TRANSLATE_NOOP("Messages", "Please enter a name."),
    "name.bad_characters": QT_TRANSLATE_NOOP(
        "Messages", "A name may contain only letters, spaces and hyphens."
    ),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {max} characters."),
    "birth.in_future": QT_TRANSLATE_NOOP("Messages", "The birth date cannot be in the future."),
    "birth.too_old": QT_TRANSLATE_NOOP(
        "Messages", "Please check the birth year: the age would be {max} or more."
    ),
    "date.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Please enter a date as dd/mm/yyyy or a year such as 1965."
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Not a Vietnamese phone number (e.g. 0903 123 456 or 028 3822 1234)."
    ),
    "household.no_members": QT_TRANSLATE_NOOP(
        "Messages", "A household needs at least one member: its head."
    ),
    "household.no_head": QT_TRANSLATE_NOOP("Messages", "Please choose the head of household."),
    "household.move_head": QT_TRANSLATE_NOOP(
        "Messages", "The head of household cannot be moved. Choose another head first."
    ),
    "household.move_same": QT_TRANSLATE_NOOP(
        "Messages", "The member already belongs to that household."
    ),
    "relation.second_head": QT_TRANSLATE_NOOP(
        "Messages", 'Only the head of household can have the relation "Head".'
    ),
    "unit.unknown_province": QT_TRANSLATE_NOOP("Messages", "Unknown province code {code}."),
    "unit.unknown_commune": QT_TRANSLATE_NOOP("Messages", "Unknown ward/commune code {code}."),
    "unit.commune_not_in_province": QT_TRANSLATE_NOOP(
        "Messages", "Ward/commune {code} is not in the chosen province."
    ),
    "unit.commune_required": QT_TRANSLATE_NOOP("Messages", "Please choose the ward/commune."),
    "unit.province_required": QT_TRANSLATE_NOOP("Messages", "Please choose the province."),
    "unit.bad_code": QT_TRANSLATE_NOOP(
        "Messages", "A unit code has 1 to 40 letters, digits, dots, dashes or underscores."
    ),
    "unit.groups_required": QT_TRANSLATE_NOOP(
        "Messages", "Please list the branch's tổ (one per line)."
    ),
    "unit.already_initialised": QT_TRANSLATE_NOOP(
        "Messages", "This database is already set up. Change it in Settings."
    ),
    "activity.type_required": QT_TRANSLATE_NOOP("Messages", "Please choose the kind of activity."),
    "activity.title_required": QT_TRANSLATE_NOOP("Messages", "Please enter the activity's title."),
    "activity.date_required": QT_TRANSLATE_NOOP("Messages", "Please enter the date (dd/mm/yyyy)."),
    "activity.date_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "Please check the date: it is too far in the past or the future."
    ),
    "activity.ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The activity cannot end before it starts."
    ),
    "activity.bad_count": QT_TRANSLATE_NOOP(
        "Messages", "Enter a number of people from 0 to {max}."
    ),
    "activity.type_exists": QT_TRANSLATE_NOOP(
        "Messages", 'There is already a kind of activity called "{name}".'
    ),
    "count.out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter a number from 0 to {max}."),
    "clan.bad_parent": QT_TRANSLATE_NOOP(
        "Messages", "A chi họ must hang under a chi họ listed before it."
    ),
    "pdf.unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save the PDF as {file}: {detail}. If the file is open in a PDF viewer, close it "
        "and try again; otherwise choose another folder.",
    ),
    "pdf.missing_glyphs": QT_TRANSLATE_NOOP(
        "Messages",
        "The document contains characters that cannot be printed: {chars}. Please correct "
        "those texts and try again.",
    ),
    "pdf.layout": QT_TRANSLATE_NOOP(
        "Messages",
        "Some text is too long to fit on one page (for example a very long note in a table "
        "cell). Please shorten it.",
    ),
    "band.bad_code": QT_TRANSLATE_NOOP(
        "Messages",
        "A band needs a short code of letters, digits or underscores (e.g. kha).",
    ),
    "band.duplicate_code": QT_TRANSLATE_NOOP("Messages", "The band code {code} is used twice."),
    "band.not_descending": QT_TRANSLATE_NOOP(
        "Messages",
        "Bands must be listed from the highest minimum to the lowest ({code}).",
    ),
    "criteria_set.bad_key": QT_TRANSLATE_NOOP(
        "Messages",
        "The set's key has 1 to {max} letters, digits, dots, dashes or underscores.",
    ),
    "criteria_set.bad_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The version must be a whole number from 1.",
    ),
    "criteria_set.no_criteria": QT_TRANSLATE_NOOP(
        "Messages",
        "A criteria set needs at least one criterion.",
    ),
    "criteria_set.sample_in_force": QT_TRANSLATE_NOOP(
        "Messages",
        "A sample set cannot be put in force: confirm its wording and points first.",
    ),
    "criteria_set.title_required": QT_TRANSLATE_NOOP("Messages", "Please enter the set's title."),
    "criteria_set.years_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "The last year cannot come before the first year.",
    ),
    "criterion.bad_code": QT_TRANSLATE_NOOP(
        "Messages",
        'The criterion code "{code}" is not valid (e.g. 1, 1.a, A.2).',
    ),
    "criterion.duplicate_code": QT_TRANSLATE_NOOP(
        "Messages",
        "The criterion code {code} is used twice.",
    ),
    "criterion.max_above_children": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: its maximum is above the sum of its parts ({children}).",
    ),
    "criterion.max_not_positive": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: the maximum must be above 0.",
    ),
    "criterion.max_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: please give its maximum points.",
    ),
    "criterion.max_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: at most {max} points.",
    ),
    "criterion.pass_fail_with_children": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: a met/not-met item cannot have parts.",
    ),
    "criterion.pass_fail_with_points": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: a met/not-met item has no points.",
    ),
    "criterion.wording_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: please enter its wording.",
    ),
    "points.too_precise": QT_TRANSLATE_NOOP("Messages", "Points go in steps of {step} (e.g. 7,5)."),
    "rule.above_max": QT_TRANSLATE_NOOP(
        "Messages",
        "This is above the set's maximum of {max} points.",
    ),
    "rule.duplicate_criterion": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code} is named twice in the rule.",
    ),
    "rule.minimum_not_positive": QT_TRANSLATE_NOOP("Messages", "A minimum must be above 0."),
    "rule.negative": QT_TRANSLATE_NOOP("Messages", "This cannot be negative."),
    "rule.unknown_criterion": QT_TRANSLATE_NOOP(
        "Messages",
        "The rule names criterion {code}, which the set does not have.",
    ),
    "score.above_max": QT_TRANSLATE_NOOP("Messages", "At most {max} points."),
    "score.derived_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "This differs from what the records show: mark it as changed by hand, with a note.",
    ),
    "score.met_on_points": QT_TRANSLATE_NOOP(
        "Messages",
        "This item is scored in points, not met/not met.",
    ),
    "score.missing": QT_TRANSLATE_NOOP("Messages", "Please score this item."),
    "score.negative": QT_TRANSLATE_NOOP("Messages", "Points cannot be negative."),
    "score.not_a_leaf": QT_TRANSLATE_NOOP(
        "Messages",
        "Only the smallest items are scored; this one adds up its parts.",
    ),
    "score.points_on_pass_fail": QT_TRANSLATE_NOOP(
        "Messages",
        "This item is met/not met, not scored in points.",
    ),
    "score.unknown_criterion": QT_TRANSLATE_NOOP(
        "Messages",
        "The criteria set has no item {field}.",
    ),
    "year.out_of_range": QT_TRANSLATE_NOOP("Messages", "Enter a year from {min} to {max}."),
    "below_minimum_total": QT_TRANSLATE_NOOP(
        "Messages",
        "The total {total} is below the {min} points required.",
    ),
    "below_minimum_for_criterion": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code} has {points}, below the {min} required.",
    ),
    "knock_out_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code} must be met for recognition.",
    ),
    "criteria_file.not_json": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is not a criteria set file (line {line}, column {column}).",
    ),
    "criteria_file.not_criteria_set": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is not a criteria set of XHHT Desktop.",
    ),
    "criteria_file.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This criteria set was made by a newer version of XHHT Desktop (format {version};"
        " this one reads {supported}). Please update the application.",
    ),
    "criteria_file.missing_field": QT_TRANSLATE_NOOP(
        "Messages",
        "The file lacks the field {field}.",
    ),
    "criteria_file.unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "The file has a field this version does not know: {field}.",
    ),
    "criteria_file.wrong_type": QT_TRANSLATE_NOOP(
        "Messages",
        "The field {field} should be a {expected}.",
    ),
    "criteria_file.bad_value": QT_TRANSLATE_NOOP(
        "Messages",
        "The field {field} has a value that is not allowed.",
    ),
    "criteria_set.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        '"{title}" has been used to score, so it can no longer be changed. Make a copy '
        "and change the copy.",
    ),
    "criteria_set.version_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "There is already a criteria set {key} version {version} with other content.",
    ),
    "score.wrong_set": QT_TRANSLATE_NOOP(
        "Messages",
        '"{title}" is not for this model or does not apply in {year}.',
    ),
    "evaluation.already_recognised": QT_TRANSLATE_NOOP(
        "Messages",
        "Already recognised by a decision: this cannot be done again.",
    ),
    "evaluation.locked_after_recognition": QT_TRANSLATE_NOOP(
        "Messages",
        "Recognised subjects can no longer be changed.",
    ),
    "review.not_scored": QT_TRANSLATE_NOOP("Messages", "Score it before the review meeting."),
    "review.nothing_reviewed": QT_TRANSLATE_NOOP("Messages", "Choose who the meeting reviewed."),
    "decision.number_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Please enter the decision's number.",
    ),
    "decision.nobody": QT_TRANSLATE_NOOP("Messages", "Choose at least one."),
    "decision.not_proposed": QT_TRANSLATE_NOOP(
        "Messages",
        "Only subjects proposed by the review meeting can be recognised.",
    ),
    "commendation.title_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Please enter what the commendation is for.",
    ),
    "commendation.not_recognised": QT_TRANSLATE_NOOP(
        "Messages",
        "Only recognised subjects can be commended.",
    ),
    "commendation.already": QT_TRANSLATE_NOOP("Messages", "Already commended this year."),
    "file.unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: {detail}"),
    "criteria_set.bad_point_step": QT_TRANSLATE_NOOP(
        "Messages",
        "Points go in steps of 0.1, 0.5 or 1.",
    ),
    "criterion.max_off_step": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code}: its maximum must be a whole number of steps of {step} points.",
    ),
    "criterion.unknown_derivation": QT_TRANSLATE_NOOP(
        "Messages",
        'Criterion {code}: the app has no way of suggesting points called "{rule}".',
    ),
    "criterion.bad_derivation_params": QT_TRANSLATE_NOOP(
        "Messages",
        'Criterion {code}: the setting "{param}" for suggesting points is missing or not allowed.',
    ),
    "criterion.derivation_not_on_leaf": QT_TRANSLATE_NOOP(
        "Messages",
        "Criterion {code} adds up its parts, so points cannot be suggested for it; set "
        "the rule on one of its parts.",
    ),
    "criterion.derivation_wrong_model": QT_TRANSLATE_NOOP(
        "Messages",
        'Criterion {code}: "{rule}" does not suit this learning model.',
    ),
    "derived.children_in_school": QT_TRANSLATE_NOOP(
        "Messages",
        "{studying} of {of} children aged {min_age} to {max_age} go to school.",
    ),
    "derived.children_in_school.none": QT_TRANSLATE_NOOP(
        "Messages",
        "No child in the household is aged {min_age} to {max_age}, so none is out of school.",
    ),
    "derived.children_in_school.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "{studying} of {of} children aged {min_age} to {max_age} go to school. Members "
        "without a birth year, not counted: {unknown}.",
    ),
    "derived.children_in_school.none.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "No member with a known birth year is aged {min_age} to {max_age}. Members "
        "without a birth year, not counted: {unknown}. Please check.",
    ),
    "derived.adults_literate": QT_TRANSLATE_NOOP(
        "Messages",
        "{literate} of {of} adults aged {min_age} to {max_age} are recorded as able to "
        "read and write.",
    ),
    "derived.adults_literate.none": QT_TRANSLATE_NOOP(
        "Messages",
        "No member of the household is aged {min_age} to {max_age}.",
    ),
    "derived.adults_literate.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "{literate} of {of} adults aged {min_age} to {max_age} are recorded as able to "
        "read and write. Members without a birth year, not counted: {unknown}.",
    ),
    "derived.adults_literate.none.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "No member with a known birth year is aged {min_age} to {max_age}. Members "
        "without a birth year, not counted: {unknown}. Please check.",
    ),
    "derived.attended_activity": QT_TRANSLATE_NOOP(
        "Messages",
        "{attended} of {of} members aged {min_age} to {max_age} attended at least one "
        "learning activity in the year. Needed: {target_percent}%.",
    ),
    "derived.attended_activity.none": QT_TRANSLATE_NOOP(
        "Messages",
        "No member of the household is aged {min_age} to {max_age}.",
    ),
    "derived.attended_activity.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "{attended} of {of} members aged {min_age} to {max_age} attended at least one "
        "learning activity in the year. Needed: {target_percent}%. Members without a "
        "birth year, not counted: {unknown}.",
    ),
    "derived.attended_activity.none.unknown_age": QT_TRANSLATE_NOOP(
        "Messages",
        "No member with a known birth year is aged {min_age} to {max_age}. Members "
        "without a birth year, not counted: {unknown}. Please check.",
    ),
    "derived.community_learning_families": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of {households} households are recognised as learning families "
        "({percent}%). Needed: {target_percent}%.",
    ),
    "derived.community_learning_families.registered": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of {households} households have registered to become learning "
        "families ({percent}%). Needed: {target_percent}%.",
    ),
    "derived.community_learning_families.no_households": QT_TRANSLATE_NOOP(
        "Messages",
        "No household is recorded for this community, so the share cannot be counted.",
    ),
    "derived.community_activities": QT_TRANSLATE_NOOP(
        "Messages",
        "{activities} learning activities were held in the year. Needed: {target}.",
    ),
    "derived.clan_learning_families": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of the clan's {households} households in this register are recognised "
        "as learning families ({percent}%). Needed: {target_percent}%.",
    ),
    "derived.clan_learning_families.registered": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of the clan's {households} households in this register have registered "
        "to become learning families ({percent}%). Needed: {target_percent}%.",
    ),
    "derived.clan_learning_families.elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of the clan's {households} households in this register are recognised "
        "as learning families ({percent}%). Needed: {target_percent}%. Its {elsewhere} "
        "households in other branches are not counted: check them with those branches.",
    ),
    "derived.clan_learning_families.registered.elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "{families} of the clan's {households} households in this register have registered "
        "to become learning families ({percent}%). Needed: {target_percent}%. Its "
        "{elsewhere} households in other branches are not counted: check them with those "
        "branches.",
    ),
    "derived.clan_learning_families.no_households": QT_TRANSLATE_NOOP(
        "Messages",
        "None of the clan's households is ticked in this register, so the share cannot be "
        "counted. Tick them on the clan's page.",
    ),
    "derived.clan_association_members": QT_TRANSLATE_NOOP(
        "Messages",
        "{with_member} of the clan's {households} households in this register have at least "
        "one member of the association ({percent}%). Needed: {target_percent}%.",
    ),
    "derived.clan_association_members.no_households": QT_TRANSLATE_NOOP(
        "Messages",
        "None of the clan's households is ticked in this register, so the share cannot be "
        "counted. Tick them on the clan's page.",
    ),
    "score.override_needs_note": QT_TRANSLATE_NOOP(
        "Messages", "You changed what the records suggest: please say why in the note."
    ),
    "correction.reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Please say why the score of a recognised subject is corrected."
    ),
    "correction.not_recognised": QT_TRANSLATE_NOOP(
        "Messages", "Only a recognised subject's score is corrected; change this one directly."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "The record was not found. It may have been deleted meanwhile."
    ),
    "db.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This data was written by a newer version of XHHT Desktop. "
        "Please update the application; nothing was changed.",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The data file is damaged ({detail}). Nothing was changed. "
        "Restore the latest backup from the folder {backups}.",
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "XHHT Desktop is already open with this data on this computer ({holder}). "
        "Please switch to that window.",
    ),
    "db.not_initialised": QT_TRANSLATE_NOOP(
        "Messages", 'This database is not set up yet. Run "xhht init" or start the app.'
    ),
    "db.integrity": QT_TRANSLATE_NOOP("Messages", "The file's structure is damaged: {detail}"),
    "db.foreign_key": QT_TRANSLATE_NOOP("Messages", "A record points to a missing one: {detail}"),
    "db.search_index": QT_TRANSLATE_NOOP("Messages", "The search index is damaged: {detail}"),
    "household.head_missing": QT_TRANSLATE_NOOP(
        "Messages", "Households without a valid head: {detail}"
    ),
    "household.member_count": QT_TRANSLATE_NOOP(
        "Messages", "Households whose member count is wrong: {detail}"
    ),
    "household.head_name": QT_TRANSLATE_NOOP(
        "Messages", "Households whose head name is out of date: {detail}"
    ),
    "input.bad": QT_TRANSLATE_NOOP("Messages", "Cannot use this input: {detail}"),
    "input.bad_json": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not valid JSON (line {line}): {detail}"
    ),
    "input.bad_field": QT_TRANSLATE_NOOP(
        "Messages", 'Household {index}: field "{field}" has an unusable value {value}.'
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {file}: {detail}"),
    "validation": QT_TRANSLATE_NOOP("Messages", "Some fields need attention."),
    "demo.real_data": QT_TRANSLATE_NOOP(
        "Messages",
        "This data belongs to {unit}: demo households are never mixed into a real register. "
        "Use an empty folder with --data-dir.",
    ),
    "certificate.text_required": QT_TRANSLATE_NOOP(
        "Messages", "Please fill this in: it is printed on every certificate."
    ),
    "certificate.number_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The number format needs {so} where the number goes, e.g. {so}/GCN-KH; "
        "{nam} may add the year.",
    ),
    "certificate.size": QT_TRANSLATE_NOOP(
        "Messages", "A text size between {min} and {max} points, please."
    ),
    "certificate.min_size": QT_TRANSLATE_NOOP(
        "Messages", "The smallest size of a name cannot be larger than its usual size."
    ),
    "certificate.margin": QT_TRANSLATE_NOOP(
        "Messages", "A margin between {min} and {max} mm, please."
    ),
    "certificate.logo_missing": QT_TRANSLATE_NOOP(
        "Messages", "The logo's file is missing from the data folder. Please choose it again."
    ),
    "certificate.logo_too_big": QT_TRANSLATE_NOOP(
        "Messages", "{file} is larger than {max} MB: please use a smaller image for the logo."
    ),
    "certificate.logo_bad": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not an image this app can print (use PNG or JPEG)."
    ),
    "certificate.no_decision": QT_TRANSLATE_NOOP(
        "Messages",
        "The decision recognising {name} has no number: a certificate must cite it. "
        "Nothing was printed.",
    ),
    "certificate.not_recognised": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of the chosen subjects are not recognised (or not commended) this year, "
        "so they cannot have a certificate. Nothing was printed.",
    ),
    "certificate.register_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The register changed since the preview was made (someone printed or voided a "
        "certificate). Nothing was recorded: please make the preview again.",
    ),
    "certificate.already_void": QT_TRANSLATE_NOOP(
        "Messages", "Certificate {number} is already voided."
    ),
    "certificate.void_reason": QT_TRANSLATE_NOOP(
        "Messages", "Please say why this certificate is voided."
    ),
    "certificate.copies": QT_TRANSLATE_NOOP("Messages", "At least one copy, please."),
    "certificate.nothing": QT_TRANSLATE_NOOP(
        "Messages", "Nobody to print: no subject of {year} is recognised (or commended) yet."
    ),
    "certificate.payload_malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a certificate code of XHHT Desktop, or part of it is missing. "
        "Please scan or type it again.",
    ),
    "certificate.payload_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "This certificate was made by a newer version of XHHT Desktop. Please update the app "
        "to check it.",
    ),
    "certificate.written": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} certificates written to {file} ({new} with a new number) and recorded in "
        "the register.",
    ),
    "certificate.overflow": QT_TRANSLATE_NOOP(
        "Messages",
        "Look before printing: on certificate {number} ({name}) a text fits only in a "
        "smaller size than the template allows.",
    ),
    "certificate.genuine": QT_TRANSLATE_NOOP(
        "Messages",
        "Genuine: certificate {number}, {name}, year {year}, issued by {issuer} "
        "(key {key}, {holder}).",
    ),
    "certificate.tampered": QT_TRANSLATE_NOOP(
        "Messages",
        "NOT genuine: the code was changed or not made by the key it names. "
        "Do not accept this certificate.",
    ),
    "certificate.unknown_key": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot tell: certificate {number} ({name}, {year}, {issuer}) was signed by an "
        "installation this computer does not know (key {key}). Import a package from that "
        "unit first.",
    ),
    "exchange.not_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "Warning: the package is not encrypted, because the parent unit's key file has not "
        "been imported. Anyone who finds the USB stick can read it.",
    ),
    "exchange.exported": QT_TRANSLATE_NOOP(
        "Messages", "Package {sequence} written to {file} ({rows} records)."
    ),
    "exchange.would_import": QT_TRANSLATE_NOOP(
        "Messages",
        "Package {sequence} from {unit} would add {added}, update {updated}, leave {unchanged} "
        "unchanged and keep {conflicts} conflicts for you to settle; {refused} records point "
        "at data that is missing. Nothing was changed.",
    ),
    "exchange.imported": QT_TRANSLATE_NOOP(
        "Messages",
        "Package {sequence} from {unit} applied: {added} added, {updated} updated, {unchanged} "
        "unchanged, {conflicts} conflicts to settle, {refused} refused.",
    ),
    "exchange.new_sender": QT_TRANSLATE_NOOP(
        "Messages",
        "This is the first package from {unit} ({unit_code}). Its key's fingerprint is "
        "{fingerprint}: check it with the sender (by phone) before trusting it. Nothing was "
        "changed.",
    ),
    "exchange.missing": QT_TRANSLATE_NOOP(
        "Messages", "Package {sequence} from {unit} has not arrived."
    ),
    "exchange.acknowledged": QT_TRANSLATE_NOOP(
        "Messages",
        "The parent unit received package {sequence}: the next package starts from there.",
    ),
    "exchange.key_written": QT_TRANSLATE_NOOP(
        "Messages", "Key file written to {file}. Its fingerprint is {fingerprint}."
    ),
    "exchange.parent_known": QT_TRANSLATE_NOOP(
        "Messages",
        "The key of {unit} ({unit_code}) is kept: packages are encrypted to it from now on.",
    ),
    "exchange.not_parent": QT_TRANSLATE_NOOP(
        "Messages",
        "This key file belongs to {unit}, which is not a unit above this one. Nothing was changed.",
    ),
    "exchange.key_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "{unit} is known here with another key (this one: {fingerprint}). The package was "
        "refused: if the unit really has a new computer, ask it to confirm by phone.",
    ),
    "exchange.parent_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Import the parent unit's key file first: its receipt cannot be checked."
    ),
    "exchange.ack_foreign": QT_TRANSLATE_NOOP(
        "Messages", "This receipt was not signed by the parent unit's key. Nothing was changed."
    ),
    "exchange.ack_unknown": QT_TRANSLATE_NOOP(
        "Messages", "This receipt is for package {sequence}, which this unit never wrote."
    ),
    "exchange.not_imported": QT_TRANSLATE_NOOP(
        "Messages", "That package has not been imported here."
    ),
    "exchange.own_package": QT_TRANSLATE_NOOP(
        "Messages", "This package was written by this unit itself. Nothing was changed."
    ),
    "exchange.not_for_us": QT_TRANSLATE_NOOP(
        "Messages",
        "This package from {unit} is addressed to another unit ({recipient}). Nothing was changed.",
    ),
    "exchange.already_imported": QT_TRANSLATE_NOOP(
        "Messages",
        "Package {sequence} from {unit} was imported before. Importing it again changes nothing.",
    ),
    "exchange.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This record belongs to {unit}: it is changed there, and its next package brings the "
        "change here.",
    ),
    "exchange.conflict_gone": QT_TRANSLATE_NOOP("Messages", "This conflict was settled already."),
    "package.bad_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "The package's data cannot be read (line {line}: {detail}). Nothing was changed.",
    ),
    "package.unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the package {file}: {detail}. Is the USB stick full or locked?"
    ),
    "package.write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The package written to {file} did not read back the same: the USB stick may be "
        "failing. The file was removed; please try another stick.",
    ),
    "package.too_big": QT_TRANSLATE_NOOP(
        "Messages", "{file} is too large to be a package of this app. Nothing was changed."
    ),
    "package.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} cannot be read as a package: it may be cut short or not a package at all. "
        "Please copy it again. Nothing was changed.",
    ),
    "package.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is damaged (its content is not what was written). Please copy it again from "
        "the sender. Nothing was changed.",
    ),
    "package.bad_member": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds something a package never holds ({name}). It was refused; nothing was "
        "changed.",
    ),
    "package.bomb": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} would unpack to far more data than a package can hold. It was refused; "
        "nothing was changed.",
    ),
    "package.bad_manifest": QT_TRANSLATE_NOOP(
        "Messages", "The list of contents of {file} cannot be read. Nothing was changed."
    ),
    "package.foreign": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a package of XHHT Desktop. Nothing was changed."
    ),
    "package.newer": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} was written by a newer version of XHHT Desktop: please update the app to "
        "import it. Nothing was changed.",
    ),
    "package.bad_signature": QT_TRANSLATE_NOOP(
        "Messages",
        "The signature of {file} does not match its content: it was changed after it was "
        "written. It was refused; nothing was changed.",
    ),
    "package.encrypted": QT_TRANSLATE_NOOP(
        "Messages", "{file} is encrypted and this computer has no key to open it."
    ),
    "package.not_for_us": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is encrypted for another unit, so this computer cannot open it. Nothing was "
        "changed.",
    ),
    "package.cannot_decrypt": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} cannot be opened with this unit's key: it is damaged or was changed. Nothing "
        "was changed.",
    ),
    "package.checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "Part of {file} ({name}) is not what the sender wrote. It was refused; nothing was "
        "changed.",
    ),
    "signed_file.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{file} cannot be read: it is damaged or not a file of this app."
    ),
    "signed_file.foreign": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not the kind of file expected here."
    ),
    "signed_file.bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "The signature of {file} does not match its content. It was refused."
    ),
    "signed_file.unwritable": QT_TRANSLATE_NOOP("Messages", "Cannot write {file}: {detail}"),
    "signed_file.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "{file} did not read back the same: please try another place."
    ),
    "account.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "Your account cannot do this. Ask the administrator of this computer."
    ),
    "account.wrong": QT_TRANSLATE_NOOP(
        "Messages", "The name or the password is not right. Please try again."
    ),
    "account.paused": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong passwords: please wait {seconds} seconds before trying again, or ask "
        "the administrator to set a new password.",
    ),
    "account.exists": QT_TRANSLATE_NOOP("Messages", "There is already an account with this name."),
    "account.unknown": QT_TRANSLATE_NOOP("Messages", "There is no account named {name}."),
    "account.last_admin": QT_TRANSLATE_NOOP(
        "Messages", "This is the last administrator: make another one first."
    ),
    "account.password_short": QT_TRANSLATE_NOOP(
        "Messages", "The password needs at least {min} characters."
    ),
    "backup.unwritable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot write the backup {file}: {detail}. Please check that there is free space and "
        "that the USB stick is not removed or write-protected.",
    ),
    "backup.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Cannot read {file}: {detail}. Nothing was changed."
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is damaged ({detail}) and cannot be restored. Nothing was changed; please "
        "choose another backup.",
    ),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} was made by a newer version of XHHT Desktop (schema {revision}). Please update "
        "the application first. Nothing was changed.",
    ),
    "backup.not_a_database": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a backup of XHHT Desktop. Nothing was changed."
    ),
    "backup.same_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is the data file in use. Please choose another place, for example a USB stick.",
    ),
    "backup.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The data is still open, in XHHT Desktop or another program, so it cannot be replaced "
        "now. Close it and try again. Nothing was changed.",
    ),
    "backup.network_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "The data folder {folder} is on a network drive. XHHT Desktop keeps its data safe only "
        "on this computer's own disk: over a network, a dropped connection or a power cut can "
        "damage the data. Please ask the person who installed the application to move the "
        "data folder to this computer's disk.",
    ),
    "backup.removable_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "The data folder {folder} is on a removable drive (a USB stick or memory card). If it "
        "is pulled out or the power fails while the application writes, the data can be "
        "damaged. Please keep the data folder on this computer's own disk, and use USB sticks "
        "only for backup copies (Settings › Backups › Back up now to…) and packages.",
    ),
    "backup.written": QT_TRANSLATE_NOOP(
        "Messages",
        "Backup written and checked: {file} ({households} households, {persons} persons).",
    ),
    "backup.restored": QT_TRANSLATE_NOOP(
        "Messages",
        "Restored the backup of {date}: {households} households, {persons} persons.",
    ),
    "backup.safety": QT_TRANSLATE_NOOP(
        "Messages", "The data as it was before is kept as the backup {file}."
    ),
    "backup.set_aside": QT_TRANSLATE_NOOP(
        "Messages", "The damaged data file was kept as it was in {folder}."
    ),
    "excel.xls": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is an old Excel file (.xls). Open it in Excel or LibreOffice, save it "
        "as an Excel workbook (.xlsx) and import that file.",
    ),
    "excel.encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is protected by a password. Open it in Excel, remove the password (File "
        "> Info > Protect Workbook), save it and import it again.",
    ),
    "excel.not_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not an Excel workbook (.xlsx). If it is a list from another program, "
        "open it in Excel or LibreOffice and save it as .xlsx.",
    ),
    "excel.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot open {file}: another program (probably Excel) is using it. Close it "
        "there and try again.",
    ),
    "excel.no_sheet": QT_TRANSLATE_NOOP(
        "Messages",
        'There is no sheet "{sheet}" in {file}. Its sheets: {sheets}.',
    ),
    "excel.not_usable": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} cannot be imported as it is: no column holds the names. Choose the "
        "column of the head of household or of the members' names.",
    ),
    "excel.has_errors": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} households have errors (rows {rows}): skip them or correct the file. "
        "Nothing was imported.",
    ),
    "excel.register_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The register changed since the file was checked. Nothing was imported: please "
        "check the file again.",
    ),
    "excel.not_own": QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row}: the household of {name} was received from another unit and cannot "
        "be updated here. Nothing was imported.",
    ),
    "excel.no_name_column": QT_TRANSLATE_NOOP(
        "Messages",
        "No column holds the names: choose the column of the head of household or of "
        "the members' names.",
    ),
    "excel.no_name": QT_TRANSLATE_NOOP(
        "Messages",
        "This row has no name.",
    ),
    "excel.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        'Not a date: "{value}". Write it as dd/mm/yyyy or a year such as 1965.',
    ),
    "excel.two_digit_year": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" has a two-digit year: read as {year}.',
    ),
    "excel.unknown_value": QT_TRANSLATE_NOOP(
        "Messages",
        'Not understood: "{value}". Left empty.',
    ),
    "excel.unknown_group": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" is not one of the tổ of this branch.',
    ),
    "excel.extra_phones": QT_TRANSLATE_NOOP(
        "Messages",
        "More than one phone number: the first is kept, the others ({value}) go in the notes.",
    ),
    "excel.house_number_date": QT_TRANSLATE_NOOP(
        "Messages",
        "Excel had turned the house number into a date; it is read as {value}.",
    ),
    "excel.head_assumed": QT_TRANSLATE_NOOP(
        "Messages",
        "No member is marked as head of household: {name}, the first, is taken as the head.",
    ),
    "excel.duplicate_in_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The same household is already on row {row} of this sheet.",
    ),
    "excel.would_import": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: {households} households ({persons} persons). Would add {add}, update "
        "{update}, skip {skip} already in the register; {refused} refused because of "
        "errors.",
    ),
    "excel.imported": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: added {add} households, updated {update}, skipped {skip} already in "
        "the register; {refused} refused because of errors.",
    ),
    "excel.converted": QT_TRANSLATE_NOOP(
        "Messages",
        "Text converted from the old encoding {encoding}.",
    ),
    "excel.refused_row": QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row} ({column}): {detail}",
    ),
    "key.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The installation's key file {file} is damaged. It was left as it is: restore it "
        "from a backup of the data folder.",
    ),
    "print.failed": QT_TRANSLATE_NOOP(
        "Messages", "The printer did not print ({detail}). Nothing was recorded as printed."
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Stopped. What was done before is kept."),
    "error": QT_TRANSLATE_NOOP("Messages", "Something went wrong: {detail}"),
}


def render(template: str, params: dict[str, object]) -> str:
    """Fill {names}; a parameter the template lacks, or a name without value, is harmless."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
