<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkPlan</name>
    <message>
        <location filename="../models/io/BulkPlan.cpp" line="+123"/>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header must be action,member,target</source>
        <translation>die Kopfzeile muss action,member,target lauten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected 3 fields (action, member, target), found %1</source>
        <translation>3 Felder (action, member, target) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the action must be add or remove, not &apos;%1&apos;</source>
        <translation>die Aktion muss add oder remove sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>there is no role &apos;%1&apos;</source>
        <translation>es gibt keine Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>there is no user with the username or email &apos;%1&apos;</source>
        <translation>es gibt keinen Benutzer mit dem Benutzernamen oder der E-Mail-Adresse &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no folder &apos;%1&apos;</source>
        <translation>es gibt keinen Ordner &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no team &apos;%1&apos; on &apos;%2&apos;</source>
        <translation>es gibt kein Team &apos;%1&apos; auf &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only users can be members of a role</source>
        <translation>nur Benutzer können Mitglieder einer Rolle sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no global permission &apos;%1&apos;</source>
        <translation>es gibt keine globale Berechtigung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>global permissions are assigned to roles (role:NAME), not to users</source>
        <translation>globale Berechtigungen werden Rollen (role:NAME) zugeordnet, nicht Benutzern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the target must be team:FOLDER_PATH:TEAM, role:NAME or global:KEY, not &apos;%1&apos;</source>
        <translation>das Ziel muss team:FOLDER_PATH:TEAM, role:NAME oder global:KEY sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty; it needs the header action,member,target</source>
        <translation>die Datei ist leer; sie benötigt die Kopfzeile action,member,target</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: changes nothing</source>
        <translation>%1: ändert nichts</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="catalog-strings.cpp" line="+4"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the folders in the Folders tab.</source>
        <translation>Die Ordner in der Registerkarte „Ordner“ anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit folder</source>
        <translation>Ordner bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename, move or delete subfolders of the folder.</source>
        <translation>Unterordner des Ordners hinzufügen, umbenennen, verschieben oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit folder variables</source>
        <translation>Ordnervariablen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the folder variables.</source>
        <translation>Die Ordnervariablen bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit folder security</source>
        <translation>Ordnersicherheit bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure the teams and permissions on the folder.</source>
        <translation>Die Teams und Berechtigungen auf dem Ordner konfigurieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit folder teams and permissions</source>
        <translation>Teams und Berechtigungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the team composition and the permissions of all the teams within the folder.</source>
        <translation>Die Zusammensetzung und die Berechtigungen aller Teams im Ordner bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit folder notifications</source>
        <translation>Benachrichtigungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the notifications of all the teams within the folder.</source>
        <translation>Die Benachrichtigungen aller Teams im Ordner bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery patterns</source>
        <translation>Delivery-Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View delivery patterns</source>
        <translation>Delivery-Muster anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View delivery patterns in the Patterns tab of the folder.</source>
        <translation>Delivery-Muster in der Registerkarte „Muster“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit delivery patterns</source>
        <translation>Delivery-Muster bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View, edit or create delivery patterns.</source>
        <translation>Delivery-Muster anzeigen, bearbeiten oder anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Deliveries tab</source>
        <translation>Reiter „Deliveries“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View deliveries in the Deliveries tab of the folder.</source>
        <translation>Deliveries in der Registerkarte „Deliveries“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit deliveries</source>
        <translation>Deliveries bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View, edit or create deliveries.</source>
        <translation>Deliveries anzeigen, bearbeiten oder anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tracked items</source>
        <translation>Verfolgte Elemente bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View deliveries in the Deliveries tab of the folder and work on their tracked items.</source>
        <translation>Deliveries in der Registerkarte „Deliveries“ des Ordners anzeigen und ihre verfolgten Elemente bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Dashboards tab</source>
        <translation>Reiter „Dashboards“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the Dashboards tab of the folder.</source>
        <translation>Die Registerkarte „Dashboards“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit dashboards</source>
        <translation>Dashboards bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit custom dashboards in the folder.</source>
        <translation>Benutzerdefinierte Dashboards im Ordner bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release groups</source>
        <translation>Release-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View release groups</source>
        <translation>Release-Gruppen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the Groups tab of the folder.</source>
        <translation>Die Registerkarte „Gruppen“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release groups</source>
        <translation>Release-Gruppen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit or create release groups.</source>
        <translation>Release-Gruppen bearbeiten oder anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version control</source>
        <translation>Versionskontrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View version control</source>
        <translation>Versionskontrolle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the Version control tab of the folder.</source>
        <translation>Die Registerkarte „Versionskontrolle“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit version control settings</source>
        <translation>Versionskontrolle konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect the folder to Git, and create and apply versions of its content.</source>
        <translation>Den Ordner mit Git verbinden sowie Versionen seines Inhalts erstellen und anwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new version</source>
        <translation>Neue Version erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate configuration for the folder from the command line or the Version control tab.</source>
        <translation>Konfiguration für den Ordner über die Befehlszeile oder die Registerkarte „Versionskontrolle“ generieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply version</source>
        <translation>Version anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply changes to the folder from the command line or the Version control tab.</source>
        <translation>Änderungen am Ordner über die Befehlszeile oder die Registerkarte „Versionskontrolle“ anwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connections</source>
        <translation>Verbindungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the entries in the Connections tab of the folder.</source>
        <translation>Die Einträge in der Registerkarte „Verbindungen“ des Ordners bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View triggers</source>
        <translation>Trigger anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the triggers in the Triggers tab of the folder.</source>
        <translation>Die Trigger in der Registerkarte „Trigger“ des Ordners anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage triggers</source>
        <translation>Trigger verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the triggers in the Triggers tab of the folder.</source>
        <translation>Die Trigger in der Registerkarte „Trigger“ des Ordners bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View templates</source>
        <translation>Vorlagen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See templates by folder in the Folders screen and together in the Templates screen.</source>
        <translation>Vorlagen nach Ordnern in der Ansicht „Ordner“ und gesammelt in der Ansicht „Vorlagen“ anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit templates</source>
        <translation>Vorlagen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change templates by adding and editing tasks and phases.</source>
        <translation>Vorlagen durch Hinzufügen und Bearbeiten von Aufgaben und Phasen ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the triggers of a template from which releases are created.</source>
        <translation>Die Trigger einer Vorlage bearbeiten, aus der Releases erstellt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock task</source>
        <translation>Aufgabe sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock and unlock template tasks; a locked task can only be edited by users with this permission.</source>
        <translation>Vorlagenaufgaben sperren und entsperren; eine gesperrte Aufgabe kann nur von Benutzern mit dieser Berechtigung bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit task precondition</source>
        <translation>Vorbedingung der Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the precondition of a task in a template.</source>
        <translation>Die Vorbedingung einer Aufgabe in einer Vorlage bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit task failure handler</source>
        <translation>Fehlerbehandlung der Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the failure handler of a task in a template.</source>
        <translation>Die Fehlerbehandlung einer Aufgabe in einer Vorlage bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit template security</source>
        <translation>Vorlagensicherheit bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the teams and permissions of templates that are not in a folder.</source>
        <translation>Die Teams und Berechtigungen von Vorlagen bearbeiten, die sich in keinem Ordner befinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View release</source>
        <translation>Release anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the releases in this folder and releases that have no folder.</source>
        <translation>Die Releases in diesem Ordner und Releases ohne Ordner anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release</source>
        <translation>Release bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit releases by adding and moving tasks and phases, and edit release properties and variables.</source>
        <translation>Releases durch Hinzufügen und Verschieben von Aufgaben und Phasen bearbeiten sowie Release-Eigenschaften und -Variablen bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create release</source>
        <translation>Release erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a release from a template.</source>
        <translation>Ein Release aus einer Vorlage erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create release in another folder</source>
        <translation>Release in anderem Ordner erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a release from a template in another folder.</source>
        <translation>Ein Release aus einer Vorlage in einem anderen Ordner erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start release</source>
        <translation>Release starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a planned release.</source>
        <translation>Ein geplantes Release starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort release</source>
        <translation>Release abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort an active or planned release.</source>
        <translation>Ein aktives oder geplantes Release abbrechen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart phase</source>
        <translation>Phase neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart a phase in a running release and resume the release.</source>
        <translation>Eine Phase in einem laufenden Release neu starten und das Release fortsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit release security</source>
        <translation>Release-Sicherheit bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the teams and permissions of a release that has not started in a folder.</source>
        <translation>Die Teams und Berechtigungen eines Release bearbeiten, das nicht in einem Ordner gestartet wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release tasks</source>
        <translation>Release-Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock tasks</source>
        <translation>Aufgaben sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock tasks so that users without lock permission cannot edit them.</source>
        <translation>Aufgaben sperren, sodass Benutzer ohne Sperrberechtigung sie nicht bearbeiten können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All task permissions</source>
        <translation>Alle Berechtigungen für Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every release task permission in this group except Lock tasks.</source>
        <translation>Jede Berechtigung für Release-Aufgaben in dieser Gruppe außer „Aufgaben sperren“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perform task transitions</source>
        <translation>Statusübergänge von Aufgaben ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the state of a task: complete, skip, fail, retry, abort and reopen.</source>
        <translation>Den Status einer Aufgabe ändern: abschließen, überspringen, fehlschlagen lassen, wiederholen, abbrechen und erneut öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perform task transitions in advance</source>
        <translation>Statusübergänge vorab ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete or skip tasks assigned to the current user in advance.</source>
        <translation>Dem aktuellen Benutzer zugewiesene Aufgaben vorab abschließen oder überspringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign task ownership</source>
        <translation>Aufgaben zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign tasks to another user or team; task owners have this by default.</source>
        <translation>Aufgaben einem anderen Benutzer oder Team zuweisen; Aufgabenverantwortliche haben diese Berechtigung standardmäßig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit title and description</source>
        <translation>Titel und Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the title and description of tasks.</source>
        <translation>Titel und Beschreibung von Aufgaben bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit task-specific properties</source>
        <translation>Eigenschaften von Aufgaben bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the configuration that is specific to the task type.</source>
        <translation>Die für den Aufgabentyp spezifische Konfiguration bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit scripts</source>
        <translation>Skripte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Jython, Groovy and external script tasks.</source>
        <translation>Jython-, Groovy- und externe Skriptaufgaben bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit flag</source>
        <translation>Markierung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the alert status and description of tasks.</source>
        <translation>Den Warnstatus und die Beschreibung von Aufgaben ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove tags on tasks in a release.</source>
        <translation>Tags an Aufgaben in einem Release hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit dates</source>
        <translation>Termine bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the start date, end date and duration of tasks.</source>
        <translation>Startdatum, Enddatum und Dauer von Aufgaben ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow rescheduling for blackouts and environments</source>
        <translation>Umplanen bei Sperrzeiträumen und Umgebungen erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the Postpone during blackout period setting of tasks on or off.</source>
        <translation>Die Aufgabeneinstellung „Während Sperrzeitraum verschieben“ ein- oder ausschalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit preconditions</source>
        <translation>Vorbedingungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the preconditions of tasks in a release.</source>
        <translation>Die Vorbedingungen von Aufgaben in einem Release bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit failure handlers</source>
        <translation>Fehlerbehandlungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the failure handlers of tasks in a release.</source>
        <translation>Die Fehlerbehandlungen von Aufgaben in einem Release bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit reporting attributes</source>
        <translation>Berichtsattribute bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the reporting attributes of tasks in a release.</source>
        <translation>Die Berichtsattribute von Aufgaben in einem Release bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage attachments</source>
        <translation>Anhänge verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove attachments on tasks in a release.</source>
        <translation>Anhänge an Aufgaben in einem Release hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-level permission: holds every global and folder-level permission everywhere.</source>
        <translation>Oberste Berechtigung: umfasst überall jede globale Berechtigung und jede Berechtigung auf Ordnerebene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to the application. While no role is assigned, every enabled user may log in.</source>
        <translation>Sich bei der Anwendung anmelden. Solange keine Rolle zugeordnet ist, darf sich jeder aktive Benutzer anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit security</source>
        <translation>Sicherheit bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Permissions screen and edit roles and global permission assignments.</source>
        <translation>Die Ansicht „Berechtigungen“ öffnen sowie Rollen und Zuordnungen globaler Berechtigungen bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new templates, including global triggers.</source>
        <translation>Neue Vorlagen erstellen, einschließlich globaler Trigger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a release from any template.</source>
        <translation>Ein Release aus einer beliebigen Vorlage erstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View reports</source>
        <translation>Berichte anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View the global reports and analytics dashboards.</source>
        <translation>Die globalen Berichte und Analyse-Dashboards anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit data</source>
        <translation>Daten prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only access to data and audit reports.</source>
        <translation>Lesezugriff auf Daten und Prüfberichte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create custom dashboards</source>
        <translation>Benutzerdefinierte Dashboards erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit or delete custom dashboards.</source>
        <translation>Benutzerdefinierte Dashboards erstellen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit global variables</source>
        <translation>Globale Variablen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the global variables available to every template and release.</source>
        <translation>Die globalen Variablen bearbeiten, die allen Vorlagen und Releases zur Verfügung stehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create top-level folders</source>
        <translation>Ordner auf oberster Ebene anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create folders at the top level of the folder tree.</source>
        <translation>Ordner auf der obersten Ebene des Ordnerbaums anlegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit blackout periods</source>
        <translation>Sperrzeiträume bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit or delete blackout periods in the global calendar.</source>
        <translation>Sperrzeiträume im globalen Kalender anlegen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit risk profiles</source>
        <translation>Risikoprofile bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit or delete risk profiles.</source>
        <translation>Risikoprofile anlegen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit or delete environments, stages and environment labels.</source>
        <translation>Umgebungen, Stufen und Umgebungslabels anlegen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit applications</source>
        <translation>Anwendungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, edit or delete applications.</source>
        <translation>Anwendungen anlegen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit environment reservations</source>
        <translation>Umgebungsreservierungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the scheduling pages, make schedules and reserve environments.</source>
        <translation>Die Planungsseiten öffnen, Zeitpläne erstellen und Umgebungen reservieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner registration</source>
        <translation>Runner-Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register runners for container-based tasks.</source>
        <translation>Runner für containerbasierte Aufgaben registrieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit account settings</source>
        <translation>Kontoeinstellungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change account settings such as the name and avatar, when environments are created and destroyed, and source control settings.</source>
        <translation>Kontoeinstellungen ändern, etwa Name und Avatar, den Zeitpunkt, zu dem Umgebungen erstellt und zerstört werden, sowie die Einstellungen der Quellcodeverwaltung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage members</source>
        <translation>Mitglieder verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite members, remove them and change their roles.</source>
        <translation>Mitglieder einladen, entfernen und ihre Rollen ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit build settings</source>
        <translation>Build-Einstellungen bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View, edit or delete build arguments and build keys.</source>
        <translation>Build-Argumente und Build-Schlüssel anzeigen, bearbeiten oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build settings</source>
        <translation>Build-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage integrations</source>
        <translation>Integrationen verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and remove integrations with other services.</source>
        <translation>Integrationen mit anderen Diensten hinzufügen und entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage domains</source>
        <translation>Domains verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add new domains and delete or verify existing ones.</source>
        <translation>Neue Domains hinzufügen sowie vorhandene löschen oder verifizieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage clusters</source>
        <translation>Cluster verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create clusters and cloud provider integrations, set the default cluster and edit node groups.</source>
        <translation>Cluster und Integrationen von Cloud-Anbietern anlegen, den Standardcluster festlegen und Knotengruppen bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade clusters</source>
        <translation>Cluster aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade existing clusters.</source>
        <translation>Vorhandene Cluster aktualisieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage datasets</source>
        <translation>Datensätze verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and manage datasets.</source>
        <translation>Datensätze anlegen und verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit environment handles</source>
        <translation>Umgebungs-Handles bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, duplicate or delete environment handles.</source>
        <translation>Umgebungs-Handles anlegen, duplizieren oder löschen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment handles</source>
        <translation>Umgebungs-Handles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access other users&apos; instances</source>
        <translation>Auf Instanzen anderer Benutzer zugreifen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the logs and terminal of environments the user did not create.</source>
        <translation>Die Protokolle und das Terminal von Umgebungen öffnen, die der Benutzer nicht selbst erstellt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users who manage folders, subfolders and folder security.</source>
        <translation>Benutzer, die Ordner, Unterordner und die Ordnersicherheit verwalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users who are responsible for executing releases; they receive extra notifications, for example when a task fails and the release stops.</source>
        <translation>Benutzer, die für die Ausführung von Releases verantwortlich sind; sie erhalten zusätzliche Benachrichtigungen, zum Beispiel wenn eine Aufgabe fehlschlägt und das Release anhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users who design templates.</source>
        <translation>Benutzer, die Vorlagen entwerfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configures every aspect of the account, including destructive settings such as removing integrations, domains and clusters.</source>
        <translation>Konfiguriert alle Aspekte des Kontos, einschließlich destruktiver Einstellungen wie dem Entfernen von Integrationen, Domains und Clustern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views all settings and changes some account-level settings, without destructive settings for projects they do not own.</source>
        <translation>Sieht alle Einstellungen ein und ändert einige Einstellungen auf Kontoebene, jedoch ohne destruktive Einstellungen für Projekte, die ihm nicht gehören.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member who can also open the logs and terminal of environments they did not create.</source>
        <translation>Ein Mitglied, das auch die Protokolle und das Terminal von Umgebungen öffnen kann, die es nicht selbst erstellt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifactory</source>
        <translation>Artifactory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or API key</source>
        <translation>Passwort oder API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default repository</source>
        <translation>Standard-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role to assume (ARN)</source>
        <translation>Zu übernehmende Rolle (ARN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitbucket</source>
        <translation>Bitbucket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datadog</source>
        <translation>Datadog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application key</source>
        <translation>Anwendungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker registry</source>
        <translation>Docker-Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry URL</source>
        <translation>Registry-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenkins</source>
        <translation>Jenkins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of the Jenkins server.</source>
        <translation>Die Adresse des Jenkins-Servers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site URL</source>
        <translation>Site-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account email</source>
        <translation>E-Mail-Adresse des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default project key</source>
        <translation>Standard-Projektschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming webhook URL</source>
        <translation>URL des eingehenden Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL is itself the credential: it is sealed like a password.</source>
        <translation>Die URL ist selbst der Zugangsschlüssel: Sie wird wie ein Passwort versiegelt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP webhook</source>
        <translation>HTTP-Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../models/store/Checkpoint.cpp" line="+593"/>
        <source>this is not a Warden checkpoint</source>
        <translation>das ist kein Warden-Checkpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checkpoint has format %1; this version of Warden reads format %2</source>
        <translation>der Checkpoint hat das Format %1; diese Version von Warden liest das Format %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+75"/>
        <source>the checkpoint is damaged</source>
        <translation>der Checkpoint ist beschädigt</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the checkpoint does not match its checksum</source>
        <translation>der Checkpoint passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the rows of an audit entry are damaged</source>
        <translation>die Zeilen eines Prüfprotokolleintrags sind beschädigt</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+90"/>
        <location line="+66"/>
        <source>unknown command &apos;%1&apos;; see wardenctl --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe wardenctl --help</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: wardenctl [--store PATH|postgresql://USER@HOST:PORT/DB] COMMAND ...</source>
        <translation>Aufruf: wardenctl [--store PATH|postgresql://USER@HOST:PORT/DB] COMMAND ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is --store, else $WARDEN_STORE, else %1.</source>
        <translation>Der Speicher ist --store, sonst $WARDEN_STORE, sonst %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 ok, 1 usage, 2 refused, 3 conflict, 4 invalid input.</source>
        <translation>Exit-Codes: 0 OK, 1 Aufruf, 2 abgelehnt, 3 Konflikt, 4 ungültige Eingabe.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--%1 needs a value</source>
        <translation>--%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no command given; see the commands above</source>
        <translation>kein Befehl angegeben; siehe die Befehle oben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; does not take --%2; usage: %3</source>
        <translation>&apos;%1&apos; akzeptiert --%2 nicht; Aufruf: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required; usage: %2</source>
        <translation>--%1 ist erforderlich; Aufruf: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writing the output failed: %1</source>
        <translation>das Schreiben der Ausgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--override needs a reason, written in the audit log</source>
        <translation>--override braucht einen Grund, der ins Prüfprotokoll geschrieben wird</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name the operator with --as USERNAME</source>
        <translation>geben Sie mit --as USERNAME an, als welcher Benutzer Sie handeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no user &apos;%1&apos; to act as</source>
        <translation>es gibt keinen Benutzer &apos;%1&apos;, als der Sie handeln könnten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no folder &apos;%1&apos;</source>
        <translation>es gibt keinen Ordner &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; inherits its teams from &apos;%2&apos;; name the team on &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erbt seine Teams von &apos;%2&apos;; geben Sie das Team auf &apos;%2&apos; an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no team &apos;%1&apos; on &apos;%2&apos;</source>
        <translation>es gibt kein Team &apos;%1&apos; auf &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no user &apos;%1&apos;</source>
        <translation>es gibt keinen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no role &apos;%1&apos;</source>
        <translation>es gibt keine Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Create a store with the catalogs, the role presets and one administrator (default &apos;admin&apos;), or with the demo directory.</source>
        <translation>Einen Speicher mit den Katalogen, den Standardrollen und einem Administrator (standardmäßig &apos;admin&apos;) oder mit dem Demoverzeichnis anlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a directory file (.json, .yaml, .yml) into an empty store, or replace a store&apos;s content.</source>
        <translation>Eine Verzeichnisdatei (.json, .yaml, .yml) in einen leeren Speicher laden oder den Inhalt eines Speichers ersetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the directory file to standard output.</source>
        <translation>Die Verzeichnisdatei auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a user&apos;s global permissions and their permissions on every folder (or one).</source>
        <translation>Die globalen Berechtigungen eines Benutzers und seine Berechtigungen auf jedem Ordner (oder einem) ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain why a user holds a folder permission, or why not.</source>
        <translation>Erklären, warum ein Benutzer eine Ordnerberechtigung hat oder nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the active users who hold a permission on a folder.</source>
        <translation>Die aktiven Benutzer auflisten, die eine Berechtigung auf einem Ordner haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link a PostgreSQL login to a Warden user: whoever connects with it acts as that user (Admin).</source>
        <translation>Eine PostgreSQL-Anmeldung mit einem Warden-Benutzer verknüpfen: Wer sich damit verbindet, handelt als dieser Benutzer (Admin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink a PostgreSQL login: it may no longer change anything (Admin).</source>
        <translation>Die Verknüpfung einer PostgreSQL-Anmeldung lösen: Sie darf danach nichts mehr ändern (Admin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the PostgreSQL logins and the Warden users they are linked to, and who is connected now.</source>
        <translation>Die PostgreSQL-Anmeldungen mit den verknüpften Warden-Benutzern auflisten und anzeigen, wer gerade verbunden ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the audit log, oldest first; TIME is an ISO 8601 date or date and time (UTC).</source>
        <translation>Das Prüfprotokoll ausgeben, älteste Einträge zuerst; TIME ist ein Datum oder Datum mit Uhrzeit nach ISO 8601 (UTC).</translation>
    </message>
    <message>
        <location filename="../app/cli/EditCommands.cpp" line="+26"/>
        <source>Create a folder; a subfolder inherits.</source>
        <translation>Einen Ordner anlegen; ein Unterordner erbt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename a folder.</source>
        <translation>Einen Ordner umbenennen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move a folder under another one (&apos;/&apos; for the top level).</source>
        <translation>Einen Ordner unter einen anderen verschieben (&apos;/&apos; für die oberste Ebene).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete a folder with its subfolders and teams.</source>
        <translation>Einen Ordner mit seinen Unterordnern und Teams löschen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn inheritance on (removes the folder&apos;s own teams) or off (copies the inherited teams, or starts with the system teams only).</source>
        <translation>Vererbung einschalten (entfernt die eigenen Teams des Ordners) oder ausschalten (kopiert die geerbten Teams oder beginnt nur mit den Systemteams).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the inherit state must be &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;</source>
        <translation>der Vererbungszustand muss &apos;on&apos; oder &apos;off&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose either --copy-teams or --system-teams-only</source>
        <translation>wählen Sie entweder --copy-teams oder --system-teams-only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a team on a security root.</source>
        <translation>Ein Team auf einer Sicherheitswurzel anlegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename a team.</source>
        <translation>Ein Team umbenennen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a team.</source>
        <translation>Ein Team löschen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a user (username or email) or a role (role:NAME) to a team.</source>
        <translation>Einen Benutzer (Benutzername oder E-Mail) oder eine Rolle (role:NAME) zu einem Team hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a user or a role (role:NAME) from a team.</source>
        <translation>Einen Benutzer oder eine Rolle (role:NAME) aus einem Team entfernen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Grant folder permissions to a team.</source>
        <translation>Einem Team Ordnerberechtigungen erteilen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke folder permissions from a team.</source>
        <translation>Einem Team Ordnerberechtigungen entziehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create an active user.</source>
        <translation>Einen aktiven Benutzer anlegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invite a user by email with a role; they stay invited until activated.</source>
        <translation>Einen Benutzer per E-Mail mit einer Rolle einladen; er bleibt eingeladen, bis er aktiviert wird.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activate an invited or disabled user.</source>
        <translation>Einen eingeladenen oder deaktivierten Benutzer aktivieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable a user: they hold no permission anywhere.</source>
        <translation>Einen Benutzer deaktivieren: Er hat dann nirgends eine Berechtigung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete a user and their memberships.</source>
        <translation>Einen Benutzer und seine Mitgliedschaften löschen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a role.</source>
        <translation>Eine Rolle anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename a role.</source>
        <translation>Eine Rolle umbenennen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete a role; it leaves its users, teams and global permissions.</source>
        <translation>Eine Rolle löschen; sie wird von ihren Benutzern, Teams und globalen Berechtigungen entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give a user a role.</source>
        <translation>Einem Benutzer eine Rolle zuweisen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take a role from a user.</source>
        <translation>Einem Benutzer eine Rolle entziehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign a role to a global permission.</source>
        <translation>Eine Rolle einer globalen Berechtigung zuordnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove a role from a global permission.</source>
        <translation>Eine Rolle von einer globalen Berechtigung entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown global permission &apos;%1&apos;</source>
        <translation>unbekannte globale Berechtigung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>breaks expectation %1 (overridden): %2</source>
        <translation>verletzt die Erwartung %1 (übergangen): %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>broke expectation %1: %2</source>
        <translation>brach die Erwartung %1: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>mends expectation %1</source>
        <translation>stellt die Erwartung %1 wieder her</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mended expectation %1</source>
        <translation>stellte die Erwartung %1 wieder her</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) change, </source>
        <translation>
            <numerusform>%n Benutzer ändert sich, </numerusform>
            <numerusform>%n Benutzer ändern sich, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gained, </source>
        <translation>
            <numerusform>%n gewonnen, </numerusform>
            <numerusform>%n gewonnen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n lost</source>
        <translation>
            <numerusform>%n verloren</numerusform>
            <numerusform>%n verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n connection level(s)</source>
        <translation>
            <numerusform>, %n Verbindungsstufe</numerusform>
            <numerusform>, %n Verbindungsstufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2: %3.</source>
        <translation>Von %1 bis %2: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run, nothing written: %n row(s), %1.</source>
        <translation>
            <numerusform>Probelauf, nichts geschrieben: %n Zeile, %1.</numerusform>
            <numerusform>Probelauf, nichts geschrieben: %n Zeilen, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Applied: %n row(s), %1.</source>
        <translation>
            <numerusform>Angewendet: %n Zeile, %1.</numerusform>
            <numerusform>Angewendet: %n Zeilen, %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dry run, nothing written: %1.</source>
        <translation>Probelauf, nichts geschrieben: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+33"/>
        <source>Create the store with the demo directory</source>
        <translation>Speicher mit dem Demoverzeichnis anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the store with administrator %1</source>
        <translation>Speicher mit Administrator %1 anlegen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--dry-run compares with a store&apos;s content; there is no store at %1</source>
        <translation>--dry-run vergleicht mit dem Inhalt eines Speichers; unter %1 gibt es keinen Speicher</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the store is not empty; use --replace --as ADMIN to replace its content</source>
        <translation>der Speicher ist nicht leer; verwenden Sie --replace --as ADMIN, um seinen Inhalt zu ersetzen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Import %1: %2 folders, %3 teams, %4 users, %5 roles</source>
        <translation>Import %1: %2 Ordner, %3 Teams, %4 Benutzer, %5 Rollen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--dry-run compares with a store&apos;s content; this store is empty</source>
        <translation>--dry-run vergleicht mit dem Inhalt eines Speichers; dieser Speicher ist leer</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>expectation %1 is broken: %2 (%n violation(s))</source>
        <translation>
            <numerusform>Erwartung %1 ist verletzt: %2 (%n Verstoß)</numerusform>
            <numerusform>Erwartung %1 ist verletzt: %2 (%n Verstöße)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be json or yaml</source>
        <translation>--format muss json oder yaml sein</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="+125"/>
        <source>rules from %1</source>
        <translation>Regeln von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>global: %1</source>
        <translation>global: %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>unknown folder permission &apos;%1&apos;</source>
        <translation>unbekannte Ordnerberechtigung &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+5"/>
        <source>Apply a plan of memberships (CSV header action,member,target) in one transaction, or with --dry-run print what it would change and write nothing; --summary prints the totals and the first folders of each user.</source>
        <translation>Einen Plan von Mitgliedschaften (CSV-Kopfzeile action,member,target) in einer Transaktion anwenden oder mit --dry-run ausgeben, was er ändern würde, ohne etwas zu schreiben; --summary gibt die Summen und die ersten Ordner jedes Benutzers aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommands.cpp" line="+88"/>
        <source>%1 is %2 and holds no permission</source>
        <translation>%1 ist %2 und hat keine Berechtigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin, through role %1</source>
        <translation>Admin, über die Rolle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (implies %2)</source>
        <translation>%1 (impliziert %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team %1 on %2 holds %3, but %4 is not in it</source>
        <translation>Team %1 auf %2 hat %3, aber %4 ist kein Mitglied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team %1 on %2 holds %3; member through role %4</source>
        <translation>Team %1 auf %2 hat %3; Mitglied über die Rolle %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team %1 on %2 holds %3; direct member</source>
        <translation>Team %1 auf %2 hat %3; direktes Mitglied</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not granted</source>
        <translation>nicht erteilt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no team on %1 holds %2</source>
        <translation>kein Team auf %1 hat %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="+85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/EditCommands.cpp" line="-183"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was applied</source>
        <translation>es wurde nichts angewendet</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Bulk plan %1: %n row(s)</source>
        <translation>
            <numerusform>Massenplan %1: %n Zeile</numerusform>
            <numerusform>Massenplan %1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2 (%3): %4</source>
        <translation>%1:%2 (%3): %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is %2: they hold none of this until active</source>
        <translation>%1 ist %2: Er erhält nichts davon, solange er nicht aktiv ist</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(global)</source>
        <translation>(global)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>… and %n more folder(s)</source>
        <translation>
            <numerusform>… und %n weiterer Ordner</numerusform>
            <numerusform>… und %n weitere Ordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection %1 (global)</source>
        <translation>Verbindung %1 (global)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>warning: line %1: %2</source>
        <translation>Warnung: Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… und %n weitere Warnung</numerusform>
            <numerusform>… und %n weitere Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/StoreCommands.cpp" line="+25"/>
        <source>Linked the database login &apos;%1&apos; to %2</source>
        <translation>Datenbankanmeldung „%1“ mit %2 verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked the database login &apos;%1&apos;</source>
        <translation>Verknüpfung der Datenbankanmeldung „%1“ gelöst</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected as %1, the store&apos;s owner: it may act as anyone.</source>
        <translation>Verbunden als %1, Eigentümer des Speichers: kann als beliebiger Benutzer handeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--since needs an ISO 8601 date or date and time, not &apos;%1&apos;</source>
        <translation>--since benötigt ein Datum oder Datum mit Uhrzeit nach ISO 8601, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionCommands.cpp" line="-58"/>
        <source>there is no connection &apos;%1&apos; on &apos;%2&apos;</source>
        <translation>es gibt keine Verbindung &apos;%1&apos; auf &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no global connection &apos;%1&apos; (name its folder with --folder)</source>
        <translation>es gibt keine globale Verbindung &apos;%1&apos; (geben Sie ihren Ordner mit --folder an)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>write a team as team:FOLDER_PATH:TEAM</source>
        <translation>geben Sie ein Team als team:FOLDER_PATH:TEAM an</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--%1 must be a JSON object, e.g. &apos;{&quot;url&quot;: &quot;https://ci.example&quot;}&apos;</source>
        <translation>--%1 muss ein JSON-Objekt sein, z. B. &apos;{&quot;url&quot;: &quot;https://ci.example&quot;}&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected a JSON object of secret names and values</source>
        <translation>%1: JSON-Objekt aus Geheimnisnamen und -werten erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2: expected text</source>
        <translation>%1: %2: Text erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no connection &apos;%1&apos; is visible from &apos;%2&apos;</source>
        <translation>von &apos;%2&apos; aus ist keine Verbindung &apos;%1&apos; sichtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no global connection &apos;%1&apos;</source>
        <translation>es gibt keine globale Verbindung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Print a user&apos;s level on a connection (deny, delete_only, use, manage): the global one, or the one seen from --folder (its own, its ancestors&apos;, then the global ones).</source>
        <translation>Die Zugriffsstufe eines Benutzers auf eine Verbindung ausgeben (deny, delete_only, use, manage): auf die globale oder auf die von --folder aus sichtbare (die eigene des Ordners, die seiner übergeordneten Ordner, dann die globalen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a connection, global or on --folder. Properties are a JSON object; secrets a JSON file (- for standard input), stored sealed.</source>
        <translation>Eine Verbindung anlegen, global oder auf --folder. Eigenschaften sind ein JSON-Objekt, Geheimnisse eine JSON-Datei (- für die Standardeingabe); sie werden versiegelt gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change a connection: the properties given replace those of the same name (null removes one); secrets given replace theirs (an empty value clears one).</source>
        <translation>Eine Verbindung ändern: Die angegebenen Eigenschaften ersetzen die gleichnamigen (null entfernt eine); angegebene Geheimnisse ersetzen die bisherigen (ein leerer Wert löscht eines).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete a connection; templates that used it no longer do.</source>
        <translation>Eine Verbindung löschen; Vorlagen, die sie verwendet haben, verwenden sie danach nicht mehr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a user, role:NAME or team:FOLDER_PATH:TEAM a level (deny, delete_only, use, manage) on a connection; WHO &apos;default&apos; sets the level of everyone else.</source>
        <translation>Einem Benutzer, role:NAME oder team:FOLDER_PATH:TEAM eine Zugriffsstufe (deny, delete_only, use, manage) auf eine Verbindung geben; WHO &apos;default&apos; legt die Stufe aller anderen fest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not one of deny, delete_only, use, manage</source>
        <translation>&apos;%1&apos; ist keiner der Werte deny, delete_only, use, manage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove the access entry of a user, role:NAME or team:FOLDER_PATH:TEAM; the default level then applies.</source>
        <translation>Den Zugriffseintrag eines Benutzers, role:NAME oder team:FOLDER_PATH:TEAM entfernen; danach gilt die Standardstufe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; has no entry on this connection</source>
        <translation>&apos;%1&apos; hat keinen Eintrag auf dieser Verbindung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let a template that uses a connection use it (needs Use or Manage on the connection).</source>
        <translation>Einer Vorlage, die eine Verbindung nutzt, deren Verwendung erlauben (erfordert Use oder Manage auf der Verbindung).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no template &apos;%1&apos; (write FOLDER_PATH:TEMPLATE)</source>
        <translation>es gibt keine Vorlage &apos;%1&apos; (geben Sie FOLDER_PATH:TEMPLATE an)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Make a connection type available everywhere; its folder grants are cleared for good.</source>
        <translation>Einen Verbindungstyp überall verfügbar machen; seine Ordnerzulassungen werden endgültig gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a released type restricted, with no folder granted; existing connections keep working.</source>
        <translation>Einen freigegebenen Typ einschränken, ohne Ordnerzulassungen; bestehende Verbindungen funktionieren weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a restricted type available on a folder and its subfolders.</source>
        <translation>Einen eingeschränkten Typ für einen Ordner und seine Unterordner verfügbar machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a folder&apos;s grant of a restricted type away.</source>
        <translation>Einem Ordner die Zulassung eines eingeschränkten Typs entziehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExpectationCommands.cpp" line="+19"/>
        <source>Add an expectation: KIND is holds, never or only; SUBJECTS are usernames and role:NAME, separated by commas; KEY is a folder permission with --folder, else a global one; needs the right to edit security.</source>
        <translation>Eine Erwartung hinzufügen: KIND ist holds, never oder only; SUBJECTS sind Benutzernamen und role:NAME, durch Kommas getrennt; KEY ist mit --folder eine Ordnerberechtigung, sonst eine globale; braucht das Recht, die Sicherheit zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete an expectation; needs the right to edit security.</source>
        <translation>Eine Erwartung löschen; braucht das Recht, die Sicherheit zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no expectation &apos;%1&apos;</source>
        <translation>es gibt keine Erwartung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the expectations, by name, as the directory file writes them.</source>
        <translation>Die Erwartungen nach Namen auflisten, wie die Verzeichnisdatei sie schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate every expectation of the store, or of a directory file without a store; exit 0 when all hold, 2 when any is broken.</source>
        <translation>Jede Erwartung des Speichers prüfen, oder die einer Verzeichnisdatei ohne Speicher; Rückgabe 0, wenn alle gelten, 2, wenn eine verletzt ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not one of holds, never, only</source>
        <translation>&apos;%1&apos; ist keiner von holds, never, only</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--at asks the store&apos;s history; a directory file has none</source>
        <translation>--at fragt nach dem Verlauf des Speichers; eine Verzeichnisdatei hat keinen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>holding: %1</source>
        <translation>gilt:     %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>broken:  %1 (%n violation(s))</source>
        <translation>
            <numerusform>verletzt: %1 (%n Verstoß)</numerusform>
            <numerusform>verletzt: %1 (%n Verstöße)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n expectation(s), </source>
        <translation>
            <numerusform>%n Erwartung, </numerusform>
            <numerusform>%n Erwartungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n verletzt</numerusform>
            <numerusform>%n verletzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommands.cpp" line="+13"/>
        <source>Print what changed in everyone&apos;s access (or one user&apos;s) from one moment to another (default: now), in the shape of an edit&apos;s impact.</source>
        <translation>Ausgeben, was sich am Zugriff aller (oder eines Benutzers) von einem Zeitpunkt bis zu einem anderen (Vorgabe: jetzt) geändert hat, in der Form der Auswirkung einer Änderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put every row back as it was at a moment, as one edit (Admin); --dry-run prints what it would change.</source>
        <translation>Jede Zeile so zurücksetzen, wie sie zu einem Zeitpunkt war, als eine Änderung (Admin); --dry-run gibt aus, was sie ändern würde.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no user &apos;%1&apos; at either moment</source>
        <translation>es gibt zu keinem der beiden Zeitpunkte einen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to revert: the store is as it was then.</source>
        <translation>Nichts zurückzusetzen: der Speicher ist so, wie er damals war.</translation>
    </message>
</context>
<context>
    <name>ConnectionTypes</name>
    <message>
        <location filename="../models/domain/ConnectionTypes.cpp" line="+31"/>
        <source>sentAs must be basicUser, basicPassword, bearer or header:NAME, not &apos;%1&apos;</source>
        <translation>sentAs muss basicUser, basicPassword, bearer oder header:NAME sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a text or secret field can be sent with the check</source>
        <translation>nur ein Text- oder Geheimnisfeld kann mit der Prüfung gesendet werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>type %1 has no fields</source>
        <translation>Typ %1 hat keine Felder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1, field %2</source>
        <translation>Typ %1, Feld %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a field needs a name of letters, digits and _ that starts with a small letter</source>
        <translation>%1: ein Feld benötigt einen Namen aus Buchstaben, Ziffern und _, der mit einem Kleinbuchstaben beginnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the name is used twice</source>
        <translation>%1: der Name wird doppelt verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation>%1: unbekannter Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the kind must be text, url, secret, bool, integer or choice, not &apos;%2&apos;</source>
        <translation>%1: die Art muss text, url, secret, bool, integer oder choice sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a choice needs its choices</source>
        <translation>%1: eine Auswahl benötigt ihre Auswahlwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the pattern is not a valid regular expression</source>
        <translation>%1: das Muster ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: only a secret field has a format, and the one format is url</source>
        <translation>%1: nur ein Geheimnisfeld hat ein Format, und das einzige Format ist url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a secret cannot have a default</source>
        <translation>%1: ein Geheimnis kann keinen Standardwert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the default does not fit: %2</source>
        <translation>%1: der Standardwert passt nicht: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>type %1: the check URL names {%2}, which is not a field of the type</source>
        <translation>Typ %1: die Prüf-URL nennt {%2}, das kein Feld des Typs ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>type %1: two fields are sent as %2</source>
        <translation>Typ %1: zwei Felder werden als %2 gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>type %1: a check sends either a bearer token or a user and password, not both</source>
        <translation>Typ %1: eine Prüfung sendet entweder ein Bearer-Token oder Benutzer und Passwort, nicht beides</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the value is not an http or https address</source>
        <translation>%1: der Wert ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the type has no such field</source>
        <translation>%1: der Typ hat kein solches Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a secret is set as a secret, not as a property</source>
        <translation>%1: ein Geheimnis wird als Geheimnis festgelegt, nicht als Eigenschaft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected text</source>
        <translation>%1: Text erwartet</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>%1: &apos;%2&apos; is not an http or https address</source>
        <translation>%1: &apos;%2&apos; ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an address must not carry a user name or password; put the password in the password or token field</source>
        <translation>%1: eine Adresse darf keinen Benutzernamen und kein Passwort enthalten; tragen Sie das Passwort in das Passwort- oder Token-Feld ein</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; ist keiner der Werte %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;%2&apos; does not have the expected form</source>
        <translation>%1: &apos;%2&apos; hat nicht die erwartete Form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected a whole number</source>
        <translation>%1: ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is outside %3 to %4</source>
        <translation>%1: %2 liegt außerhalb von %3 bis %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the type has no such secret</source>
        <translation>%1: der Typ hat kein solches Geheimnis</translation>
    </message>
</context>
<context>
    <name>DirectoryFile</name>
    <message>
        <location filename="../models/io/DirectoryFile.cpp" line="+41"/>
        <source>the file leaves no active user holding Admin (globalPermissions.admin)</source>
        <translation>die Datei lässt keinen aktiven Benutzer mit Admin übrig (globalPermissions.admin)</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+160"/>
        <location line="+259"/>
        <location line="+4"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+336"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate role &apos;%1&apos;</source>
        <translation>doppelte Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>duplicate user &apos;%1&apos;</source>
        <translation>doppelter Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate email address &apos;%1&apos;</source>
        <translation>doppelte E-Mail-Adresse &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not one of invited, active, disabled</source>
        <translation>&apos;%1&apos; ist keiner der Werte invited, active, disabled</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <location line="+139"/>
        <location line="+170"/>
        <location line="+126"/>
        <source>unknown role &apos;%1&apos;</source>
        <translation>unbekannte Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>unknown global permission</source>
        <translation>unbekannte globale Berechtigung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>duplicate folder name &apos;%1&apos;</source>
        <translation>doppelter Ordnername &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a top-level folder cannot inherit</source>
        <translation>ein Ordner auf oberster Ebene kann nicht erben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an inheriting folder cannot have teams of its own (set &quot;inherit&quot;: false)</source>
        <translation>ein erbender Ordner kann keine eigenen Teams haben (setzen Sie &quot;inherit&quot;: false)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>duplicate team name &apos;%1&apos;</source>
        <translation>doppelter Teamname &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>&apos;%1&apos; is not one of holds, never, only</source>
        <translation>&apos;%1&apos; ist keiner von holds, never, only</translation>
    </message>
    <message>
        <location line="-618"/>
        <source>%1, team %2</source>
        <translation>%1, Team %2</translation>
    </message>
    <message>
        <location line="+322"/>
        <location line="+171"/>
        <location line="+137"/>
        <source>unknown user &apos;%1&apos;</source>
        <translation>unbekannter Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>unknown folder permission &apos;%1&apos;</source>
        <translation>unbekannte Ordnerberechtigung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a type name is small letters, digits and -</source>
        <translation>ein Typname besteht aus Kleinbuchstaben, Ziffern und -</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate connection type &apos;%1&apos;</source>
        <translation>doppelter Verbindungstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not one of released, restricted</source>
        <translation>&apos;%1&apos; ist keiner der Werte released, restricted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a released type has no grants</source>
        <translation>ein freigegebener Typ hat keine Zulassungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+255"/>
        <source>unknown folder &apos;%1&apos;</source>
        <translation>unbekannter Ordner &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>unknown connection type &apos;%1&apos;</source>
        <translation>unbekannter Verbindungstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate connection title &apos;%1&apos;</source>
        <translation>doppelter Verbindungstitel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>%1, connection %2</source>
        <translation>%1, Verbindung %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&apos;%1&apos; looks like the role &apos;%2&apos;</source>
        <translation>„%1“ sieht aus wie die Rolle „%2“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;%1&apos; looks like the user &apos;%2&apos;</source>
        <translation>„%1“ sieht aus wie der Benutzer „%2“</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&apos;%1&apos; looks like the folder &apos;%2&apos; beside it</source>
        <translation>„%1“ sieht aus wie der Ordner „%2“ daneben</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&apos;%1&apos; looks like the team &apos;%2&apos; on the same folder</source>
        <translation>„%1“ sieht aus wie das Team „%2“ im selben Ordner</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>expected a secret as text</source>
        <translation>Geheimnis als Text erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>&apos;%1&apos; is not one of deny, delete_only, use, manage</source>
        <translation>&apos;%1&apos; ist keiner der Werte deny, delete_only, use, manage</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>an entry names exactly one of user, role or team</source>
        <translation>ein Eintrag nennt genau einen Benutzer, eine Rolle oder ein Team</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown team &apos;%1&apos; (write FOLDER_PATH:TEAM)</source>
        <translation>unbekanntes Team &apos;%1&apos; (geben Sie FOLDER_PATH:TEAM an)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a second entry for the same user, role or team</source>
        <translation>ein zweiter Eintrag für denselben Benutzer, dieselbe Rolle oder dasselbe Team</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate template &apos;%1&apos;</source>
        <translation>doppelte Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no connection &apos;%1&apos; is visible from this folder</source>
        <translation>von diesem Ordner aus ist keine Verbindung &apos;%1&apos; sichtbar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &quot;all&quot; or a list of FOLDER_PATH:TEMPLATE</source>
        <translation>&quot;all&quot; oder eine Liste von FOLDER_PATH:TEMPLATE erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown template &apos;%1&apos; (write FOLDER_PATH:TEMPLATE)</source>
        <translation>unbekannte Vorlage &apos;%1&apos; (geben Sie FOLDER_PATH:TEMPLATE an)</translation>
    </message>
    <message>
        <location filename="../models/io/DirectoryFileSyntax.cpp" line="+171"/>
        <source>%1: the file name must end in .json, .yaml or .yml</source>
        <translation>%1: der Dateiname muss auf .json, .yaml oder .yml enden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+8"/>
        <source>the file is nested deeper than %1 levels</source>
        <translation>die Datei ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file expands to far more data than it holds (YAML aliases)</source>
        <translation>die Datei ergibt weit mehr Daten, als sie enthält (YAML-Aliase)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/io/DirectoryFile.cpp" line="+116"/>
        <source>the demo directory is missing</source>
        <translation>das Demoverzeichnis fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo directory is broken: %1</source>
        <translation>das Demoverzeichnis ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>EditApplier</name>
    <message>
        <location filename="../models/access/EditApplier.cpp" line="+19"/>
        <source>there is no user to act as</source>
        <translation>es gibt keinen Benutzer, als der gehandelt werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 and cannot make changes</source>
        <translation>%1 ist %2 und kann keine Änderungen vornehmen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+48"/>
        <source>this change would leave no active user holding Admin</source>
        <translation>diese Änderung ließe keinen aktiven Benutzer mit Admin übrig</translation>
    </message>
    <message>
        <location filename="../models/access/EditApplier.h" line="+115"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team does not exist</source>
        <translation>das Team existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../models/access/EditFolders.cpp" line="+379"/>
        <source>the user does not exist</source>
        <translation>der Benutzer existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../models/access/EditFolders.cpp" line="+4"/>
        <location filename="../models/access/EditPrincipals.cpp" line="+296"/>
        <source>the role does not exist</source>
        <translation>die Rolle existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection does not exist</source>
        <translation>die Verbindung existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/access/EditConnections.cpp" line="+14"/>
        <source>connection title: %1</source>
        <translation>Verbindungstitel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a global connection named %1 already exists</source>
        <translation>eine globale Verbindung namens %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a connection named %1 already exists on %2</source>
        <translation>eine Verbindung namens %1 existiert bereits auf %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an access entry names a user, role or team that does not exist</source>
        <translation>ein Zugriffseintrag verweist auf einen nicht existierenden Benutzer, eine nicht existierende Rolle oder ein nicht existierendes Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a user, role or team has two access entries</source>
        <translation>ein Benutzer, eine Rolle oder ein Team hat zwei Zugriffseinträge</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+142"/>
        <source>there is no connection type %1</source>
        <translation>es gibt keinen Verbindungstyp %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+45"/>
        <source>connection type %1 cannot be used until its definition is fixed: %2</source>
        <translation>Verbindungstyp %1 kann erst verwendet werden, wenn seine Definition korrigiert ist: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>connection type %1 is not released, so it cannot have global connections</source>
        <translation>Verbindungstyp %1 ist nicht freigegeben und kann daher keine globalen Verbindungen haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection type %1 is not available on %2</source>
        <translation>Verbindungstyp %1 ist auf %2 nicht verfügbar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the id of the new connection is taken</source>
        <translation>die ID der neuen Verbindung ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the type is gone</source>
        <translation>der Typ existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change who may use %1</source>
        <translation>Ändern, wer %1 verwenden darf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an allowed template does not exist</source>
        <translation>eine erlaubte Vorlage existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the templates allowed to use %1</source>
        <translation>Die Vorlagen ändern, die %1 verwenden dürfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the template does not exist</source>
        <translation>die Vorlage existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>template %1 does not use %2</source>
        <translation>Vorlage %1 verwendet %2 nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow template %1 on %2 to use %3</source>
        <translation>Vorlage %1 auf %2 erlauben, %3 zu verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connection type %1 cannot be made available until its definition is fixed: %2</source>
        <translation>Verbindungstyp %1 kann erst verfügbar gemacht werden, wenn seine Definition korrigiert ist: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release connection type %1 everywhere</source>
        <translation>Verbindungstyp %1 überall freigeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unrelease connection type %1</source>
        <translation>Freigabe von Verbindungstyp %1 aufheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection type %1 is released everywhere; unrelease it to grant or revoke folders</source>
        <translation>Verbindungstyp %1 ist überall freigegeben; heben Sie die Freigabe auf, um ihn für Ordner zuzulassen oder die Zulassung zu entziehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make connection type %1 available on %2</source>
        <translation>Verbindungstyp %1 für %2 zulassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take connection type %1 away from %2</source>
        <translation>Zulassung von Verbindungstyp %1 für %2 entziehen</translation>
    </message>
    <message>
        <location filename="../models/access/EditFolders.cpp" line="-371"/>
        <source>invalid folder name: %1</source>
        <translation>ungültiger Ordnername: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder named %1 already exists %2</source>
        <translation>ein Ordner namens %1 existiert bereits %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 looks like the folder %2 %3; choose a name that reads differently</source>
        <translation>%1 sieht aus wie der Ordner %2 %3; wählen Sie einen deutlich anderen Namen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the parent folder does not exist</source>
        <translation>der übergeordnete Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add folder %1</source>
        <translation>Ordner %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename folder %1 (no change)</source>
        <translation>Ordner %1 umbenennen (keine Änderung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename folder %1 to %2</source>
        <translation>Ordner %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the destination folder does not exist</source>
        <translation>der Zielordner existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move %1 into itself or one of its subfolders</source>
        <translation>%1 kann nicht in sich selbst oder einen seiner Unterordner verschoben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move folder %1 (no change)</source>
        <translation>Ordner %1 verschieben (keine Änderung)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move folder %1 to %2</source>
        <translation>Ordner %1 verschieben nach: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Delete folder %1 and %n subfolder(s)</source>
        <translation>
            <numerusform>Ordner %1 und %n Unterordner löschen</numerusform>
            <numerusform>Ordner %1 und %n Unterordner löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a top-level folder; top-level folders never inherit</source>
        <translation>%1 ist ein Ordner auf oberster Ebene; Ordner auf oberster Ebene erben nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set inheritance of %1 (no change)</source>
        <translation>Vererbung für %1 festlegen (keine Änderung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make %1 inherit teams and permissions from its parent</source>
        <translation>Teams und Berechtigungen für %1 vom übergeordneten Ordner erben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop inheriting on %1, copying the inherited teams</source>
        <translation>Vererbung für %1 beenden, geerbte Teams kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop inheriting on %1, starting with the system teams only</source>
        <translation>Vererbung für %1 beenden, nur mit den Systemteams beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 inherits its teams from %2; teams can only be added to a folder that does not inherit</source>
        <translation>%1 erbt seine Teams von %2; Teams können nur zu einem Ordner hinzugefügt werden, der nicht erbt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>invalid team name: %1</source>
        <translation>ungültiger Teamname: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>a team named %1 already exists on %2</source>
        <translation>ein Team namens %1 existiert bereits auf %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add team %1 on %2</source>
        <translation>Team %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a system team and cannot be renamed</source>
        <translation>%1 ist ein Systemteam und kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename team %1 on %2 to %3</source>
        <translation>Team %1 auf %2 in %3 umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a system team and cannot be deleted</source>
        <translation>%1 ist ein Systemteam und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete team %1 on %2</source>
        <translation>Team %1 auf %2 löschen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add %1 to team %2 on %3</source>
        <translation>%1 zu Team %2 auf %3 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from team %2 on %3</source>
        <translation>%1 aus Team %2 auf %3 entfernen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>grant %1</source>
        <translation>%1 erteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team %1 on %2: %3</source>
        <translation>Team %1 auf %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>several folders</source>
        <translation>mehrere Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the permissions of %1 on %2</source>
        <translation>Berechtigungen von %1 auf %2 ändern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit team %1 on %2</source>
        <translation>Team %1 auf %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 looks like the team %2 on %3; choose a name that reads differently</source>
        <translation>%1 sieht aus wie das Team %2 auf %3; wählen Sie einen deutlich anderen Namen</translation>
    </message>
    <message>
        <location filename="../models/access/EditPrincipals.cpp" line="-285"/>
        <source>a user named %1 already exists</source>
        <translation>ein Benutzer namens %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>a user with the email address %1 already exists</source>
        <translation>ein Benutzer mit der E-Mail-Adresse %1 existiert bereits</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>%1 looks like the user %2; choose a name that reads differently</source>
        <translation>%1 sieht aus wie der Benutzer %2; wählen Sie einen deutlich anderen Namen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 looks like the role %2; choose a name that reads differently</source>
        <translation>%1 sieht aus wie die Rolle %2; wählen Sie einen deutlich anderen Namen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an invitation needs an email address</source>
        <translation>eine Einladung benötigt eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invite %1 as %2</source>
        <translation>%1 als %2 einladen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has already joined and cannot be invited again</source>
        <translation>%1 ist bereits beigetreten und kann nicht erneut eingeladen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete user %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete users %1</source>
        <translation>Benutzer %1 löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>invalid role name: %1</source>
        <translation>ungültiger Rollenname: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+20"/>
        <source>a role named %1 already exists</source>
        <translation>eine Rolle namens %1 existiert bereits</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Add role %1</source>
        <translation>Rolle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename role %1 to %2</source>
        <translation>Rolle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete role %1</source>
        <translation>Rolle %1 löschen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Assign role %1 to %2</source>
        <translation>%2 die Rolle %1 zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassign role %1 from %2</source>
        <translation>%2 die Rolle %1 entziehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>unknown global permission %1</source>
        <translation>unbekannte globale Berechtigung %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Grant %1 to role %2</source>
        <translation>Der Rolle %2 die Berechtigung %1 erteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke %1 from role %2</source>
        <translation>Der Rolle %2 die Berechtigung %1 entziehen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change the roles of %1</source>
        <translation>Rollen von %1 ändern</translation>
    </message>
    <message>
        <location filename="../models/access/EditExpectations.cpp" line="+16"/>
        <source>the expectation exists already</source>
        <translation>die Erwartung gibt es schon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add expectation %1</source>
        <translation>Erwartung %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the expectation does not exist</source>
        <translation>die Erwartung gibt es nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete expectation %1</source>
        <translation>Erwartung %1 löschen</translation>
    </message>
</context>
<context>
    <name>EditRunner</name>
    <message>
        <location filename="../ui/EditRunner.cpp" line="+23"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>ExpectationCheck</name>
    <message>
        <location filename="../models/access/Expectations.cpp" line="+217"/>
        <source>%1 would lack %2</source>
        <translation>%1 fehlte %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lacks %2</source>
        <translation>%1 fehlt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would hold %2</source>
        <translation>%1 hätte %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 holds %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 would lack %2 on %3</source>
        <translation>%1 fehlte %2 auf %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lacks %2 on %3</source>
        <translation>%1 fehlt %2 auf %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 would hold %2 on %3</source>
        <translation>%1 hätte %2 auf %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds %2 on %3</source>
        <translation>%1 hat %2 auf %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(deleted user)</source>
        <translation>(gelöschter Benutzer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted role)</source>
        <translation>(gelöschte Rolle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>globally</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted folder)</source>
        <translation>(gelöschter Ordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always held by %1: %2, globally</source>
        <translation>Immer bei %1: %2, global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always held by %1: %2 on %3</source>
        <translation>Immer bei %1: %2 auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never held by %1: %2, globally</source>
        <translation>Nie bei %1: %2, global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never held by %1: %2 on %3 or beneath</source>
        <translation>Nie bei %1: %2 auf %3 oder darunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held only by %1: %2, globally</source>
        <translation>Nur bei %1: %2, global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held only by %1: %2 on %3 or beneath</source>
        <translation>Nur bei %1: %2 auf %3 oder darunter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>there is no role %1</source>
        <translation>es gibt keine Rolle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid expectation name: %1</source>
        <translation>ungültiger Name der Erwartung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an expectation named %1 already exists</source>
        <translation>eine Erwartung namens %1 gibt es schon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an expectation names at least one user or role</source>
        <translation>eine Erwartung nennt mindestens einen Benutzer oder eine Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user does not exist</source>
        <translation>den Benutzer gibt es nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the role does not exist</source>
        <translation>die Rolle gibt es nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown folder permission %1</source>
        <translation>unbekannte Ordnerberechtigung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown global permission %1 (a folder permission needs a folder)</source>
        <translation>unbekannte globale Berechtigung %1 (eine Ordnerberechtigung braucht einen Ordner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the note is longer than 2000 characters</source>
        <translation>die Notiz ist länger als 2000 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the note holds control or invisible characters</source>
        <translation>die Notiz enthält Steuer- oder unsichtbare Zeichen</translation>
    </message>
</context>
<context>
    <name>ExpectationForm</name>
    <message>
        <location filename="../ui/ExpectationForm.cpp" line="+46"/>
        <source>New expectation</source>
        <translation>Neue Erwartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on, every change by anyone is checked against it before it is written.</source>
        <translation>Von nun an wird jede Änderung, von wem auch immer, vor dem Schreiben daran geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always held by the subjects (holds)</source>
        <translation>Immer bei den Betroffenen (holds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never held by the subjects, here or beneath (never)</source>
        <translation>Nie bei den Betroffenen, hier oder darunter (never)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held only by the subjects, here or beneath (only)</source>
        <translation>Nur bei den Betroffenen, hier oder darunter (only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subjects:</source>
        <translation>&amp;Betroffene:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usernames and role:NAME, separated by commas</source>
        <translation>Benutzernamen und role:NAME, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: a global permission</source>
        <translation>leer: eine globale Berechtigung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Permission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why it must stay true, for whoever breaks it</source>
        <translation>warum sie gelten muss, für den, der sie verletzt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message>
        <location filename="../models/access/Expectations.cpp" line="+17"/>
        <source>this change would break %1: %2</source>
        <translation>diese Änderung verletzte %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (and %n more violation(s))</source>
        <translation>
            <numerusform> (und %n weiterer Verstoß)</numerusform>
            <numerusform> (und %n weitere Verstöße)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; it would also break %n other expectation(s)</source>
        <translation>
            <numerusform>; sie verletzte auch %n weitere Erwartung</numerusform>
            <numerusform>; sie verletzte auch %n weitere Erwartungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; an operator holding %1 may override it with a reason</source>
        <translation>; wer %1 hat, kann sie mit einem Grund übergehen</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the user %1 it names would be deleted</source>
        <translation>der Benutzer %1, den sie nennt, würde gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the role %1 it names would be deleted</source>
        <translation>die Rolle %1, die sie nennt, würde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 it is about would be deleted</source>
        <translation>der Ordner %1, um den es geht, würde gelöscht</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <location filename="../models/io/FileAccess.cpp" line="+20"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: Die Datei ist größer als %2 MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cancelled; %1 was not written</source>
        <translation>abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/FileDialogs.cpp" line="+33"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../models/domain/Names.cpp" line="+114"/>
        <source>&apos;%1&apos; contains a character that shows nothing (%2)</source>
        <translation>„%1“ enthält ein Zeichen, das nichts anzeigt (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; contains a combining mark (%2) that forms no letter of its own</source>
        <translation>„%1“ enthält ein kombinierendes Zeichen (%2), das keinen eigenen Buchstaben bildet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; mixes scripts whose letters look alike in one word (such as a Cyrillic а among Latin letters)</source>
        <translation>„%1“ mischt in einem Wort Schriften, deren Buchstaben gleich aussehen (etwa ein kyrillisches а unter lateinischen Buchstaben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; mixes digits of different scripts</source>
        <translation>„%1“ mischt Ziffern verschiedener Schriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; repeats a combining mark, which shows as one</source>
        <translation>„%1“ wiederholt ein kombinierendes Zeichen, das nur einmal sichtbar ist</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name &apos;%1&apos; starts or ends with spaces</source>
        <translation>der Name &apos;%1&apos; beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is longer than %1 characters</source>
        <translation>der Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name &apos;%1&apos; contains &apos;/&apos;</source>
        <translation>der Name &apos;%1&apos; enthält &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name contains a control character (%1)</source>
        <translation>der Name enthält ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the username contains a control character (%1)</source>
        <translation>der Benutzername enthält ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the full name is longer than %1 characters</source>
        <translation>der vollständige Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the full name contains a control character (%1)</source>
        <translation>der vollständige Name enthält ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>the team name &apos;%1&apos; contains &apos;:&apos;</source>
        <translation>der Teamname &apos;%1&apos; enthält &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the username is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the username is longer than %1 characters</source>
        <translation>der Benutzername ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the username &apos;%1&apos; contains a space, &apos;:&apos; or &apos;/&apos;</source>
        <translation>der Benutzername &apos;%1&apos; enthält ein Leerzeichen, &apos;:&apos; oder &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the email address is longer than %1 characters</source>
        <translation>die E-Mail-Adresse ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <location filename="../models/items/PendingChanges.cpp" line="+163"/>
        <source>%1 (changed by %2)</source>
        <translation>%1 (geändert von %2)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../ui/Prompts.cpp" line="+32"/>
        <source>Stop inheriting</source>
        <translation>Vererbung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will have teams and permissions of its own. Start with:</source>
        <translation>%1 erhält eigene Teams und Berechtigungen. Beginnen mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copies of the inherited teams</source>
        <translation>&amp;Kopien der geerbten Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the &amp;system teams</source>
        <translation>Nur die &amp;Systemteams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies keep everyone&apos;s access as it is now. The system teams start with their default permissions and no members.</source>
        <translation>Mit Kopien bleibt der Zugriff aller unverändert. Die Systemteams beginnen mit ihren Standardberechtigungen und ohne Mitglieder.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Permissions gained and lost per user</source>
        <translation>Gewonnene und verlorene Berechtigungen je Benutzer</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Inherit teams and permissions</source>
        <translation>Teams und Berechtigungen erben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will inherit the teams and permissions of %2.</source>
        <translation>%1 erbt die Teams und Berechtigungen von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its own %n team(s) will be removed, with their members and permissions.</source>
        <translation>
            <numerusform>%n eigenes Team wird mit seinen Mitgliedern und Berechtigungen entfernt.</numerusform>
            <numerusform>%n eigene Teams werden mit ihren Mitgliedern und Berechtigungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inherit</source>
        <translation>&amp;Erben</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n connection(s) with their secrets</source>
        <translation>
            <numerusform>%n Verbindung mit ihren Geheimnissen</numerusform>
            <numerusform>%n Verbindungen mit ihren Geheimnissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder has no subfolders, teams, connections or templates of its own.</source>
        <translation>Der Ordner hat keine eigenen Unterordner, Teams, Verbindungen oder Vorlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+296"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="-309"/>
        <source>%n subfolder(s)</source>
        <translation>
            <numerusform>%n Unterordner</numerusform>
            <numerusform>%n Unterordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Reason to override, written in the audit log</source>
        <translation>Grund zum Übergehen, der ins Prüfprotokoll geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason to override</source>
        <translation>Grund zum Übergehen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Only an operator holding %1 may override an expectation; mend the change instead.</source>
        <translation>Nur wer %1 hat, darf eine Erwartung übergehen; ändern Sie stattdessen die Änderung.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>This change breaks %n expectation(s):</source>
        <translation>
            <numerusform>Diese Änderung verletzt %n Erwartung:</numerusform>
            <numerusform>Diese Änderung verletzt %n Erwartungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save although it breaks expectations?</source>
        <translation>Speichern, obwohl es Erwartungen verletzt?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n team(s) with their members and permissions</source>
        <translation>
            <numerusform>%n Team mit seinen Mitgliedern und Berechtigungen</numerusform>
            <numerusform>%n Teams mit ihren Mitgliedern und Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With it go: %1.</source>
        <translation>Mitgelöscht werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <location line="+216"/>
        <location line="+22"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Name of the new top-level folder:</source>
        <translation>Name des neuen Ordners auf oberster Ebene:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the new team on %1:</source>
        <translation>Name des neuen Teams auf %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for the team %1 on %2:</source>
        <translation>Neuer Name für das Team %1 auf %2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the team %1 on %2?</source>
        <translation>Das Team %1 auf %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n member(s) lose what the team grants them here.</source>
        <translation>
            <numerusform>%n Mitglied verliert, was das Team ihm hier gewährt.</numerusform>
            <numerusform>Seine %n Mitglieder verlieren, was das Team ihnen hier gewährt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes to %1?</source>
        <translation>Ihre Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are lost if you do not save them.</source>
        <translation>Sie gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of your unsaved changes have been changed by others since you made them:</source>
        <translation>
            <numerusform>%n Ihrer nicht gespeicherten Änderungen wurde seitdem von anderen geändert:</numerusform>
            <numerusform>%n Ihrer nicht gespeicherten Änderungen wurden seitdem von anderen geändert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep yours to save them over what they did, or take theirs to drop those of your changes.</source>
        <translation>Behalten Sie Ihre Änderungen, um die der anderen zu überschreiben, oder übernehmen Sie die fremden, um diese Ihrer Änderungen zu verwerfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>Fremde &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Revoke permissions of system teams</source>
        <translation>Berechtigungen von Systemteams entziehen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You are taking permissions away from the system team(s) %1.</source>
        <translation>
            <numerusform>Sie entziehen dem Systemteam %1 Berechtigungen.</numerusform>
            <numerusform>Sie entziehen den Systemteams %1 Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System teams are expected to hold their default permissions; members may no longer be able to do their part. Save anyway?</source>
        <translation>Von Systemteams wird erwartet, dass sie ihre Standardberechtigungen haben; Mitglieder können ihre Aufgaben womöglich nicht mehr erfüllen. Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invite a user</source>
        <translation>Benutzer einladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user is invited with one role and holds no permission until the invitation is accepted or they are activated.</source>
        <translation>Der Benutzer wird mit einer Rolle eingeladen und hat keine Berechtigung, bis die Einladung angenommen oder er aktiviert wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <location line="+16"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>enter the address to send the invitation to</source>
        <translation>geben Sie die Adresse ein, an die die Einladung geht</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user is active at once.</source>
        <translation>Der Benutzer ist sofort aktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new role:</source>
        <translation>Name der neuen Rolle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for the role %1:</source>
        <translation>Neuer Name für die Rolle %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the role %1?</source>
        <translation>Die Rolle %1 löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role is not used anywhere.</source>
        <translation>Die Rolle wird nirgends verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is used here, and leaves all of it:
%1</source>
        <translation>Sie wird hier verwendet und überall daraus entfernt:
%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Roles they leave: %1.</source>
        <translation>Entfernt aus den Rollen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams they leave: %1.</source>
        <translation>Entfernt aus den Teams: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are in no team and have no role.</source>
        <translation>In keinem Team und ohne Rolle.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../models/access/Restore.cpp" line="+48"/>
        <source>undoing is not possible any more: %1</source>
        <translation>Rückgängigmachen ist nicht mehr möglich: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>folder &apos;%1&apos; now holds what others added to it</source>
        <translation>Ordner &apos;%1&apos; enthält jetzt, was andere hinzugefügt haben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role &apos;%1&apos; has been given to users, teams, permissions or connections since</source>
        <translation>Rolle &apos;%1&apos; wurde inzwischen Benutzern, Teams, Berechtigungen oder Verbindungen zugewiesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user &apos;%1&apos; has been added to teams or connections since</source>
        <translation>Benutzer &apos;%1&apos; wurde inzwischen Teams oder Verbindungen hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team &apos;%1&apos; has been given access to connections since</source>
        <translation>Team &apos;%1&apos; hat inzwischen Zugriff auf Verbindungen erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parent of folder &apos;%1&apos; has been deleted</source>
        <translation>der übergeordnete Ordner von &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder &apos;%1&apos; would be inside itself</source>
        <translation>Ordner &apos;%1&apos; läge in sich selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder &apos;%1&apos; has teams of its own now and cannot inherit</source>
        <translation>Ordner &apos;%1&apos; hat jetzt eigene Teams und kann nicht erben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of team &apos;%1&apos; has been deleted</source>
        <translation>der Ordner von Team &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder of team &apos;%1&apos; inherits its teams now</source>
        <translation>der Ordner von Team &apos;%1&apos; erbt seine Teams jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a member of team &apos;%1&apos; has been deleted</source>
        <translation>ein Mitglied von Team &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a role in team &apos;%1&apos; has been deleted</source>
        <translation>eine Rolle in Team &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a role of user &apos;%1&apos; has been deleted</source>
        <translation>eine Rolle von Benutzer &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a role holding &apos;%1&apos; has been deleted</source>
        <translation>eine Rolle mit &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of connection &apos;%1&apos; has been deleted</source>
        <translation>der Ordner von Verbindung &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder of template &apos;%1&apos; has been deleted</source>
        <translation>der Ordner von Vorlage &apos;%1&apos; wurde gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this change would leave no active user holding Admin</source>
        <translation>diese Änderung ließe keinen aktiven Benutzer mit Admin übrig</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <location filename="../models/items/ReviewPdf.cpp" line="+180"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+5"/>
        <source>Global permissions</source>
        <translation>Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+18"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Folder permissions</source>
        <translation>Ordnerberechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held only by</source>
        <translation>Nur bei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies to: %1</source>
        <translation>Gilt für: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Through %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../models/io/ReviewReport.cpp" line="+68"/>
        <source>Admin through role %1</source>
        <translation>Admin über die Rolle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>team %1 on %2</source>
        <translation>Team %1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> through role %1</source>
        <translation> über die Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 implies it)</source>
        <translation> (impliziert durch %1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Permission review</source>
        <translation>Berechtigungsüberprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions of %1 and %2 compared</source>
        <translation>Berechtigungen von %1 und %2 im Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions of %1</source>
        <translation>Berechtigungen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions of %1 (%2)</source>
        <translation>Berechtigungen von %1 (%2)</translation>
    </message>
    <message>
        <location line="+140"/>
        <location line="+2"/>
        <source>%1 %2.</source>
        <comment>what, where</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;Global permissions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Globale Berechtigungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;Folder permissions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ordnerberechtigungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;small&gt;Applies to: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Gilt für: %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>%1, as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open to every active user: no role is assigned Login</source>
        <translation>offen für alle aktiven Benutzer: „Anmeldung“ ist keiner Rolle zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implied by Admin</source>
        <translation>durch Admin impliziert</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n folder(s) inheriting from %1</source>
        <translation>
            <numerusform>%n Ordner, der von %1 erbt</numerusform>
            <numerusform>%n Ordner, die von %1 erben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 and %n inheriting subfolder(s)</source>
        <translation>
            <numerusform>%1 und %n erbender Unterordner</numerusform>
            <numerusform>%1 und %n erbende Unterordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders included</source>
        <translation>Erfasste Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permissions included</source>
        <translation>Erfasste Berechtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds Admin (%2): every folder permission on every folder.</source>
        <translation>%1 hat Admin (%2): jede Ordnerberechtigung in jedem Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is %2 and holds nothing until active; listed is what they would hold then.</source>
        <translation>%1 ist %2 und hat bis zur Aktivierung keine Berechtigungen; aufgeführt ist, was dann gelten würde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>on %1 under %2</source>
        <comment>folders, security roots</comment>
        <translation>in %1 unter %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n security root(s)</source>
        <translation>
            <numerusform>%n Sicherheitswurzel</numerusform>
            <numerusform>%n Sicherheitswurzeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n global permission(s).</source>
        <translation>
            <numerusform>%n globale Berechtigung.</numerusform>
            <numerusform>%n globale Berechtigungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n folder permission(s)</source>
        <translation>
            <numerusform>%n Ordnerberechtigung</numerusform>
            <numerusform>%n Ordnerberechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held only by</source>
        <translation>Nur vorhanden bei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;No differences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Unterschiede.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../models/items/ReviewPdf.cpp" line="+146"/>
        <source>%1: choose a file ending in .csv, .html or .pdf.</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .csv, .html oder .pdf.</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../ui/ReviewText.cpp" line="+55"/>
        <location line="+8"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every folder permission</source>
        <translation>jede Ordnerberechtigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>implies %1</source>
        <translation>impliziert %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Select a cell to see why the user holds that permission there, or why not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zelle aus, um zu sehen, warum der Benutzer diese Berechtigung dort hat oder nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;%1 &lt;b&gt;holds&lt;/b&gt; it on %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;hat&lt;/b&gt; sie auf %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1 would hold it on %2 once active.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 hätte sie nach der Aktivierung auf %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1 does &lt;b&gt;not&lt;/b&gt; hold it on %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 hat sie auf %2 &lt;b&gt;nicht&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;%1 is %2: they hold nothing until they are active. Shown is what they would hold then.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;%1 ist %2: Bis zur Aktivierung bestehen keine Berechtigungen. Angezeigt wird, was dann gelten würde.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;%1 inherits its teams from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 erbt seine Teams von %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>team %1 (holds %2)</source>
        <translation>Team %1 (mit „%2“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Through:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Über:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Teams on %1 that grant it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Teams auf %1, die sie erteilen:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Other teams on %1 that grant it:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Andere Teams auf %1, die sie erteilen:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;%1 is in none of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ist in keinem davon Mitglied.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;No team on %1 holds it or a permission that implies it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Team auf %1 hat sie oder eine Berechtigung, die sie impliziert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;b&gt;A&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;B&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Select a cell to see who holds that permission on that folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Zelle aus, um zu sehen, wer diese Berechtigung auf diesem Ordner hat.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;h3&gt;Who holds %1&lt;/h3&gt;&lt;p&gt;on %2: %n active user(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Wer „%1“ hat&lt;/h3&gt;&lt;p&gt;auf %2: %n aktiver Benutzer.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Wer „%1“ hat&lt;/h3&gt;&lt;p&gt;auf %2: %n aktive Benutzer.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>&lt;p&gt;… and %n more.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… und %n weiterer.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… und %n weitere.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Global permissions of %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Globale Berechtigungen von %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Admin: every global permission, and every folder permission everywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Admin: jede globale Berechtigung und überall jede Ordnerberechtigung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>every active user</source>
        <translation>jeder aktive Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>as Admin</source>
        <translation>als Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4&gt;Connections&lt;/h4&gt;&lt;p&gt;&lt;small&gt;deny &amp;lt; delete_only &amp;lt; use &amp;lt; manage&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Verbindungen&lt;/h4&gt;&lt;p&gt;&lt;small&gt;deny &amp;lt; delete_only &amp;lt; use &amp;lt; manage&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../models/access/Rights.cpp" line="+40"/>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll zu lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the store&apos;s content</source>
        <translation>den Inhalt des Speichers zu ersetzen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the global permission %1</source>
        <translation>die globale Berechtigung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on folder %2</source>
        <translation>%1 auf Ordner %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs %2 to %3</source>
        <translation>%1 benötigt %2, um %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>global connection %1</source>
        <translation>globale Verbindung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection %1 on %2</source>
        <translation>Verbindung %1 auf %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has %2 on %3 and needs %4</source>
        <translation>%1 hat %2 auf %3 und benötigt %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs Admin to change global connections</source>
        <translation>%1 benötigt Admin, um globale Verbindungen zu ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 needs Admin to change where connection types are available</source>
        <translation>%1 benötigt Admin, um zu ändern, wo Verbindungstypen verfügbar sind</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only an active user can undo or redo changes</source>
        <translation>nur ein aktiver Benutzer kann Änderungen rückgängig machen oder wiederholen</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>granting %1 to team %2 on %3 needs you to hold it there, and you do not (or %4)</source>
        <translation>um %1 an Team %2 auf %3 zu erteilen, müssen Sie es dort selbst haben (oder %4); das ist nicht der Fall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>adding %1 to team %2 on %3 needs you to hold every permission the team grants there; you do not hold %4</source>
        <translation>%1 zum Team %2 auf %3 hinzuzufügen setzt voraus, dass Sie jede Berechtigung haben, die das Team dort erteilt; Ihnen fehlt %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>deleting %1</source>
        <translation>das Löschen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabling %1</source>
        <translation>das Deaktivieren von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activating %1</source>
        <translation>das Aktivieren von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs every global permission they hold; you do not hold %2</source>
        <translation>%1 setzt alle globalen Berechtigungen dieses Benutzers voraus; Ihnen fehlt %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>assigning %1 needs Admin, which you do not hold</source>
        <translation>das Zuweisen von %1 erfordert Admin, das Ihnen fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigning %1 needs the global permission %2 it gives, which you do not hold</source>
        <translation>das Zuweisen von %1 erfordert die damit verliehene globale Berechtigung %2, die Ihnen fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>assigning %1 needs %2 on %3 (through team %4), which you do not hold</source>
        <translation>das Zuweisen von %1 erfordert %2 auf %3 (über Team %4), was Ihnen fehlt</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../models/store/RowTables.cpp" line="+198"/>
        <source>folder &apos;%1&apos;</source>
        <translation>Ordner &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>team &apos;%1&apos;</source>
        <translation>Team &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>role &apos;%1&apos;</source>
        <translation>Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>global permission &apos;%1&apos;</source>
        <translation>globale Berechtigung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>connection type &apos;%1&apos;</source>
        <translation>Verbindungstyp &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>connection &apos;%1&apos;</source>
        <translation>Verbindung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>template &apos;%1&apos;</source>
        <translation>Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>expectation &apos;%1&apos;</source>
        <translation>Erwartung &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../models/store/SecretBox.cpp" line="+62"/>
        <source>the key must be %1 bytes</source>
        <translation>der Schlüssel muss %1 Bytes lang sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the cryptography library could not start</source>
        <translation>die Kryptografiebibliothek konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the key file %1 can be read by others; make it readable by its owner only (chmod 600)</source>
        <translation>die Schlüsseldatei %1 ist für andere lesbar; machen Sie sie nur für ihren Eigentümer lesbar (chmod 600)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key file %1 does not hold a key</source>
        <translation>die Schlüsseldatei %1 enthält keinen Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no key file at %1 yet</source>
        <translation>unter %1 gibt es noch keine Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no key: the system keychain has none (%1) and $WARDEN_KEY_FILE is not set</source>
        <translation>kein Schlüssel: der Systemschlüsselbund enthält keinen (%1) und $WARDEN_KEY_FILE ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secrets cannot be stored: %1</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>secrets cannot be read: %1</source>
        <translation>Geheimnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value is not a sealed secret</source>
        <translation>der Wert ist kein versiegeltes Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sealed secret is damaged</source>
        <translation>das versiegelte Geheimnis ist beschädigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the secret was sealed with another key</source>
        <translation>das Geheimnis wurde mit einem anderen Schlüssel versiegelt</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <location filename="../models/store/SqlStore.cpp" line="+44"/>
        <source>%1 was changed by someone else since it was read; nothing was saved. What is stored now is shown: check it and try again</source>
        <translation>%1 wurde seit dem Lesen von jemand anderem geändert; es wurde nichts gespeichert. Der aktuell gespeicherte Stand wird angezeigt: Prüfen Sie ihn und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the store file was moved, replaced or deleted</source>
        <translation>die Speicherdatei wurde verschoben, ersetzt oder gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program removed the store&apos;s write-ahead log while Warden was using it</source>
        <translation>ein anderes Programm hat das Write-Ahead-Log des Speichers entfernt, während Warden es benutzte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program removed the store&apos;s shared-memory file while Warden was using it</source>
        <translation>ein anderes Programm hat die Shared-Memory-Datei des Speichers entfernt, während Warden sie benutzte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the store file was opened and closed in this program outside the database, which dropped Warden&apos;s locks on it</source>
        <translation>die Speicherdatei wurde in diesem Programm außerhalb der Datenbank geöffnet und geschlossen, wodurch Warden seine Sperren darauf verlor</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not a PostgreSQL address of the form postgresql://USER@HOST:PORT/DB</source>
        <translation>&apos;%1&apos; ist keine PostgreSQL-Adresse der Form postgresql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no store at %1; create one with &apos;wardenctl init&apos;</source>
        <translation>unter %1 gibt es keinen Speicher; legen Sie einen mit &apos;wardenctl init&apos; an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an empty file, not a Warden store</source>
        <translation>%1 ist eine leere Datei, kein Warden-Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <location line="+32"/>
        <source>a file already exists at %1</source>
        <translation>unter %1 existiert bereits eine Datei</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a SQLite database, but not a Warden store</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Warden-Speicher</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+122"/>
        <source>%1 already holds a Warden store</source>
        <translation>%1 enthält bereits einen Warden-Speicher</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>%1 holds no Warden store; create one with &apos;wardenctl init&apos;</source>
        <translation>%1 enthält keinen Warden-Speicher; legen Sie einen mit &apos;wardenctl init&apos; an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store has schema version %1, newer than version %2 that this Warden supports; use a newer Warden</source>
        <translation>der Speicher hat die Schemaversion %1, neuer als die von diesem Warden unterstützte Version %2; verwenden Sie ein neueres Warden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+107"/>
        <location line="+103"/>
        <location line="+154"/>
        <source>cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>cannot read the store&apos;s schema: %1</source>
        <translation>das Schema des Speichers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>upgrading the store to schema version %1 failed: %2</source>
        <translation>Aktualisierung des Speichers auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>reading the logins failed: %1</source>
        <translation>das Lesen der Anmeldungen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>linking the login failed: %1</source>
        <translation>das Verknüpfen der Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>saving the change failed: rows of %1 have no place in the order of writing; nothing was saved</source>
        <translation>das Speichern der Änderung ist fehlgeschlagen: Zeilen von %1 haben keinen Platz in der Schreibreihenfolge; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be saved because the store changed meanwhile (%2); nothing was saved; check what is stored now and try again</source>
        <translation>%1 konnte nicht gespeichert werden, weil sich der Speicher inzwischen geändert hat (%2); nichts wurde gespeichert; prüfen Sie, was jetzt gespeichert ist, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>saving the change failed: %1; nothing was saved</source>
        <translation>das Speichern der Änderung ist fehlgeschlagen: %1; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>upgrading the store failed: %1</source>
        <translation>Aktualisierung des Speichers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>the store is busy: another administrator&apos;s change has been saving for more than 10 seconds; nothing was saved; try again</source>
        <translation>der Speicher ist belegt: die Änderung eines anderen Administrators wird seit mehr als 10 Sekunden gespeichert; nichts wurde gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot lock the store for writing: %1</source>
        <translation>der Speicher kann nicht zum Schreiben gesperrt werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+143"/>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+29"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>saving the change failed: %1</source>
        <translation>Speichern der Änderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+228"/>
        <location line="+8"/>
        <location line="+25"/>
        <location line="+245"/>
        <location line="+84"/>
        <source>reading the store failed: %1</source>
        <translation>Lesen des Speichers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>reading the store failed: a row of %1 names the row %2, which does not exist; the store is damaged</source>
        <translation>das Lesen des Speichers ist fehlgeschlagen: eine Zeile von %1 nennt die Zeile %2, die es nicht gibt; der Speicher ist beschädigt</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>there is no audit entry %1</source>
        <translation>es gibt keinen Prüfprotokolleintrag %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <location line="+68"/>
        <location line="+36"/>
        <source>reading the audit log failed: %1</source>
        <translation>Lesen des Prüfprotokolls fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <location filename="../models/store/StoreFiles.cpp" line="+148"/>
        <source>%1 is a file of the open store %2; Warden does not read or write it as another file</source>
        <translation>%1 ist eine Datei des geöffneten Speichers %2; Warden liest oder schreibt sie nicht als andere Datei</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/warden.cpp" line="+23"/>
        <source>Administer users, roles, folders and teams.</source>
        <translation>Benutzer, Rollen, Ordner und Teams verwalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store to open (SQLite file or postgresql://USER@HOST:PORT/DB).</source>
        <translation>Der zu öffnende Speicher (SQLite-Datei oder postgresql://USER@HOST:PORT/DB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of each screen into DIR and exit.</source>
        <translation>Von jeder Ansicht ein Bild in DIR speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the interface, e.g. de (default: the system&apos;s).</source>
        <translation>Die Sprache der Oberfläche, z. B. de (Standard: die des Systems).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window size for --screenshot, e.g. 1024x700 (default: 1280x760).</source>
        <translation>Die Fenstergröße für --screenshot, z. B. 1024x700 (Standard: 1280x760).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warden</source>
        <translation>Warden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store cannot be opened:
%1</source>
        <translation>Der Speicher kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size wants WIDTHxHEIGHT of at least 640x480, e.g. 1024x700; not &apos;%1&apos;.</source>
        <translation>--size erwartet BREITExHÖHE von mindestens 640x480, z. B. 1024x700; nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogModel</name>
    <message>
        <location filename="../models/items/AuditLogModel.cpp" line="+82"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global permission</source>
        <translation>Globale Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(deleted folder)</source>
        <translation>(gelöschter Ordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;%1 by &lt;b&gt;%2&lt;/b&gt; (database user %3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 von &lt;b&gt;%2&lt;/b&gt; (Datenbankbenutzer %3)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;The whole directory was replaced (created or imported).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das gesamte Verzeichnis wurde ersetzt (angelegt oder importiert).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;… and %n more changed row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… und %n weitere geänderte Zeile.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… und %n weitere geänderte Zeilen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::AuditLogPage</name>
    <message>
        <location filename="../ui/AuditLogPage.cpp" line="+35"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prüfprotokoll&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find changes by operator, database user or what changed</source>
        <translation>Änderungen nach Bearbeiter, Datenbankbenutzer oder Inhalt suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find changes</source>
        <translation>Änderungen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the change did</source>
        <translation>Was die Änderung bewirkt hat</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show &amp;Access at This Point</source>
        <translation>&amp;Zugriff zu diesem Zeitpunkt zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Review as it was right after this change</source>
        <translation>Die Überprüfung so öffnen, wie sie direkt nach dieser Änderung war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with Now…</source>
        <translation>Mit &amp;jetzt vergleichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed in everyone&apos;s access since this change</source>
        <translation>Was sich seit dieser Änderung am Zugriff aller geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert to This Point…</source>
        <translation>Auf diesen Zeitpunkt &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Put every row back as it was right after this change, as one edit</source>
        <translation>Jede Zeile so zurücksetzen, wie sie direkt nach dieser Änderung war, als eine Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going back needs Admin</source>
        <translation>Zurücksetzen erfordert Admin</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every change made to this store, newest first, with who made it. Nothing here can be changed or deleted.</source>
        <translation>Jede Änderung an diesem Speicher, die neueste zuerst, mit ihrem Urheber. Hier kann nichts geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Select a change to see what it did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Änderung aus, um zu sehen, was sie bewirkt hat.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>warden::Background</name>
    <message>
        <location filename="../ui/Background.h" line="+20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>warden::BulkWizard</name>
    <message>
        <location filename="../ui/BulkWizard.cpp" line="+99"/>
        <source>Bulk Assignment</source>
        <translation>Massenzuweisung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the users (and roles) to add or remove. Tick them, take everyone with a role, or paste a list of usernames or emails.</source>
        <translation>Wählen Sie die Benutzer (und Rollen), die hinzugefügt oder entfernt werden sollen. Haken Sie sie an, übernehmen Sie alle mit einer Rolle oder fügen Sie eine Liste von Benutzernamen oder E-Mail-Adressen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role whose users to tick</source>
        <translation>Rolle, deren Benutzer angehakt werden sollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick &amp;Everyone with This Role</source>
        <translation>Alle mit dieser &amp;Rolle anhaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted usernames or emails</source>
        <translation>Eingefügte Benutzernamen oder E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste usernames or emails, one per line or separated by commas</source>
        <translation>Benutzernamen oder E-Mail-Adressen einfügen, einer pro Zeile oder durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tick Listed Users</source>
        <translation>Aufgeführte Benutzer an&amp;haken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load CSV…</source>
        <translation>CSV &amp;laden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles as members</source>
        <translation>Rollen als Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Users&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benutzer&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;From a list&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aus einer Liste&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; (as members of teams, or to receive global permissions)</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt; (als Mitglieder von Teams oder zum Erhalt globaler Berechtigungen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load users</source>
        <translation>Benutzer laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV oder Text (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whether to add or remove, and the teams, roles or global permissions.</source>
        <translation>Wählen Sie, ob hinzugefügt oder entfernt werden soll, sowie die Teams, Rollen oder globalen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd the members</source>
        <translation>Mitglieder &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the members</source>
        <translation>Mitglieder &amp;entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter teams by folder or name</source>
        <translation>Teams nach Ordner oder Name filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global permissions</source>
        <translation>Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oles (for users)</source>
        <translation>R&amp;ollen (für Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Global permissions (for roles)</source>
        <translation>&amp;Globale Berechtigungen (für Rollen)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each user gains and loses, worked out without writing anything. Apply writes it all as one change that Undo takes back.</source>
        <translation>Was jeder Benutzer hinzugewinnt und verliert, ermittelt, ohne etwas zu schreiben. „Anwenden“ schreibt alles als eine Änderung, die sich mit „Rückgängig“ zurücknehmen lässt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions gained and lost per user</source>
        <translation>Hinzugewonnene und verlorene Berechtigungen pro Benutzer</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Chosen: %n user(s)</source>
        <translation>
            <numerusform>Ausgewählt: %n Benutzer</numerusform>
            <numerusform>Ausgewählt: %n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n role(s).</source>
        <translation>
            <numerusform>, %n Rolle.</numerusform>
            <numerusform>, %n Rollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n entry(s) name no user and are not in the plan: %1</source>
        <translation>
            <numerusform>%n Eintrag nennt keinen Benutzer und ist nicht im Plan: %1</numerusform>
            <numerusform>%n Einträge nennen keinen Benutzer und sind nicht im Plan: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not valid UTF-8 text.</source>
        <translation>%1 ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roles take users as members: choose users on the first page to use them.</source>
        <translation>Rollen haben Benutzer als Mitglieder: Wählen Sie auf der ersten Seite Benutzer aus, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global permissions are given to roles: choose roles on the first page to use them.</source>
        <translation>Globale Berechtigungen werden Rollen erteilt: Wählen Sie auf der ersten Seite Rollen aus, um sie zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Bulk assignment: add, %n row(s)</source>
        <translation>
            <numerusform>Massenzuweisung: hinzufügen, %n Zeile</numerusform>
            <numerusform>Massenzuweisung: hinzufügen, %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Bulk assignment: remove, %n row(s)</source>
        <translation>
            <numerusform>Massenzuweisung: entfernen, %n Zeile</numerusform>
            <numerusform>Massenzuweisung: entfernen, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&lt;p style=&quot;color:#a0281e&quot;&gt;&lt;b&gt;This plan cannot be applied:&lt;/b&gt; %1. Nothing will be written.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#a0281e&quot;&gt;&lt;b&gt;Dieser Plan kann nicht angewendet werden:&lt;/b&gt; %1. Es wird nichts geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply it anyway only with a reason:</source>
        <translation>Trotzdem anwenden nur mit einem Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an operator holding %1 may override it; change the plan instead.</source>
        <translation>Nur wer %1 hat, darf sie übergehen; ändern Sie stattdessen den Plan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not found, not in the plan: %1</source>
        <translation>Nicht gefunden, nicht im Plan: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2: they hold none of this until active.</source>
        <translation>%1 ist %2: Nichts davon gilt, solange der Benutzer nicht aktiv ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more row(s) that change nothing.</source>
        <translation>
            <numerusform>… und %n weitere Zeile, die nichts ändert.</numerusform>
            <numerusform>… und %n weitere Zeilen, die nichts ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%n row(s)&lt;/b&gt; in the plan</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Zeile&lt;/b&gt; im Plan</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Zeilen&lt;/b&gt; im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n of them changing nothing.</source>
        <translation>
            <numerusform>, davon %n ohne Änderung.</numerusform>
            <numerusform>, davon %n ohne Änderung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> &lt;b&gt;%n user(s)&lt;/b&gt; change access:</source>
        <translation>
            <numerusform> Für &lt;b&gt;%n Benutzer&lt;/b&gt; ändert sich der Zugriff:</numerusform>
            <numerusform> Für &lt;b&gt;%n Benutzer&lt;/b&gt; ändert sich der Zugriff:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> %n permission(s) gained,</source>
        <translation>
            <numerusform> %n Berechtigung hinzugewonnen,</numerusform>
            <numerusform> %n Berechtigungen hinzugewonnen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source> %n lost</source>
        <translation>
            <numerusform> %n verloren</numerusform>
            <numerusform> %n verloren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (counted once per security root).&lt;/p&gt;</source>
        <translation> (einmal pro Sicherheitswurzel gezählt).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n row(s) written as one change.</source>
        <translation>
            <numerusform>%n Zeile als eine Änderung geschrieben.</numerusform>
            <numerusform>%n Zeilen als eine Änderung geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit → Undo (Ctrl+Z) in the main window takes it all back.</source>
        <translation>Bearbeiten → Rückgängig (Strg+Z) im Hauptfenster nimmt alles zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Access changed for %n user(s).</source>
        <translation>
            <numerusform>Für %n Benutzer hat sich der Zugriff geändert.</numerusform>
            <numerusform>Für %n Benutzer hat sich der Zugriff geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the plan…</source>
        <translation>Plan wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p style=&quot;color:#a0281e&quot;&gt;&lt;b&gt;Nothing was written:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#a0281e&quot;&gt;&lt;b&gt;Es wurde nichts geschrieben:&lt;/b&gt; %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>warden::ConnectDialog</name>
    <message>
        <location filename="../ui/ConnectDialog.cpp" line="+23"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Systemschlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Several administrators can work on one PostgreSQL database. The password is never written to Warden&apos;s settings.</source>
        <translation>Mehrere Administratoren können mit einer PostgreSQL-Datenbank arbeiten. Das Passwort wird nie in die Einstellungen von Warden geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Host, database and user are needed.</source>
        <translation>Host, Datenbank und Benutzer sind erforderlich.</translation>
    </message>
</context>
<context>
    <name>warden::ConnectionCheck</name>
    <message>
        <location filename="../models/net/ConnectionCheck.cpp" line="+16"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered %1 %2.</source>
        <translation>Der Server antwortete mit %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable: the server answered %1 %2.</source>
        <translation>Erreichbar: Der Server antwortete mit %1 %2.</translation>
    </message>
</context>
<context>
    <name>warden::ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="+40"/>
        <source>None (deny): does not see it</source>
        <translation>Keine (verweigern): sieht sie nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only</source>
        <translation>Nur löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage: use and edit</source>
        <translation>Verwalten: verwenden und bearbeiten</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New connection (%1)</source>
        <translation>Neue Verbindung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection %1 (%2)</source>
        <translation>Verbindung %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle: *</source>
        <translation>T&amp;itel: *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;st Connection</source>
        <translation>Verbindung te&amp;sten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A user&apos;s own entry decides; else the highest entry of their roles and teams; else the default. Administrators can always manage it, or only delete it where they are denied.</source>
        <translation>Der eigene Eintrag eines Benutzers entscheidet; sonst der höchste Eintrag seiner Rollen und Teams; sonst der Standard. Administratoren können sie immer verwalten oder, wo ihnen der Zugriff verweigert ist, nur löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Everyone else:</source>
        <translation>&amp;Alle anderen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User, role or team</source>
        <translation>Benutzer, Rolle oder Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>username, role:NAME or team:FOLDER/PATH:TEAM</source>
        <translation>Benutzername, role:NAME oder team:FOLDER/PATH:TEAM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A&amp;ll templates may use it</source>
        <translation>A&amp;lle Vorlagen dürfen sie verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only the templates ticked below</source>
        <translation>&amp;Nur die unten angehakten Vorlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed templates</source>
        <translation>Erlaubte Vorlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No connection type is available here: an administrator can release one, or grant one to this folder, in the Connections area.</source>
        <translation>Hier ist kein Verbindungstyp verfügbar: Ein Administrator kann im Bereich „Verbindungen“ einen freigeben oder für diesen Ordner zulassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The type&apos;s definition is broken: %1</source>
        <translation>Die Definition des Typs ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: *</source>
        <translation>%1: *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set; type a new value to replace it</source>
        <translation>Gesetzt; geben Sie einen neuen Wert ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the stored %1</source>
        <translation>Gespeicherten Wert für %1 löschen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>sent without the stored %1, as the settings changed; type it to test with it</source>
        <translation>ohne den gespeicherten Wert für %1 gesendet, da die Einstellungen geändert wurden; geben Sie ihn ein, um damit zu testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent without the stored %1, which cannot be read here</source>
        <translation>ohne den gespeicherten Wert für %1 gesendet, der hier nicht gelesen werden kann</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has an entry already; change its level in the table.</source>
        <translation>%1 hat bereits einen Eintrag; ändern Sie dessen Stufe in der Tabelle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is no user, role:NAME or team:FOLDER/PATH:TEAM.</source>
        <translation>%1 ist weder ein Benutzer noch role:NAME oder team:FOLDER/PATH:TEAM.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This template uses the connection.</source>
        <translation>Diese Vorlage verwendet die Verbindung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fill in the address first.</source>
        <translation>Geben Sie zuerst die Adresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some fields need attention; each says what is wrong.</source>
        <translation>Einige Felder erfordern Ihre Aufmerksamkeit; jedes gibt an, was falsch ist.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add connection %1</source>
        <translation>Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit connection %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>warden::ConnectionListModel</name>
    <message>
        <location filename="../models/items/ConnectionListModel.cpp" line="+15"/>
        <source>None (deny)</source>
        <translation>Keine (verweigern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete only</source>
        <translation>Nur löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (inherited)</source>
        <translation>%1 (geerbt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is defined on %2; it is available here and below. Double-click the Defined on column to go there.</source>
        <translation>%1 ist auf %2 definiert und hier sowie darunter verfügbar. Doppelklicken Sie auf die Spalte „Definiert auf“, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is defined here.</source>
        <translation>%1 ist hier definiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defined on</source>
        <translation>Definiert auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your access</source>
        <translation>Ihr Zugriff</translation>
    </message>
</context>
<context>
    <name>warden::ConnectionsPage</name>
    <message>
        <location filename="../ui/ConnectionsPage.cpp" line="+39"/>
        <source>&amp;Release Everywhere…</source>
        <translation>Überall &amp;freigeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unrelease</source>
        <translation>Freigabe &amp;aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant to Folder…</source>
        <translation>Für Ordner &amp;zulassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke Folder…</source>
        <translation>Einem Ordner &amp;entziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Allow</source>
        <translation>Er&amp;lauben</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>Connection types</source>
        <translation>Verbindungstypen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A released type can be used everywhere. A restricted one only on the folders granted and their subfolders; connections that exist keep working when it is restricted.</source>
        <translation>Ein freigegebener Typ kann überall verwendet werden, ein eingeschränkter nur in den zugelassenen Ordnern und deren Unterordnern; bestehende Verbindungen funktionieren weiter, wenn er eingeschränkt wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <location line="+84"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uses</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Global connections</source>
        <translation>Globale Verbindungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Connections&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verbindungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Released everywhere</source>
        <translation>Überall freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted: no folder</source>
        <translation>Eingeschränkt: kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted: %1</source>
        <translation>Eingeschränkt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Broken: %1</source>
        <translation>Fehlerhaft: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The definition validates: the type can be granted and released.</source>
        <translation>Die Definition ist gültig: Der Typ kann zugelassen und freigegeben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not visible from the template&apos;s folder</source>
        <translation>Im Ordner der Vorlage nicht sichtbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on its allowed templates</source>
        <translation>Nicht unter den erlaubten Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 uses %2, which is defined on %3: a folder that neither holds the template nor is above it. Move the template, or define the connection where both can see it.</source>
        <translation>%1 verwendet %2, die auf %3 definiert ist: einem Ordner, der die Vorlage weder enthält noch über ihr liegt. Verschieben Sie die Vorlage oder definieren Sie die Verbindung dort, wo beide sie sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses %2, which allows only the templates on its list.</source>
        <translation>%1 verwendet %2; diese Verbindung erlaubt nur die Vorlagen auf ihrer Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only administrators change where connection types are available.</source>
        <translation>Nur Administratoren können ändern, wo Verbindungstypen verfügbar sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The type&apos;s definition must be fixed first.</source>
        <translation>Die Definition des Typs muss zuerst korrigiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a problem; Allow lets that template use its connection.</source>
        <translation>Wählen Sie ein Problem aus; „Erlauben“ lässt diese Vorlage ihre Verbindung verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow cannot help: the template&apos;s folder does not see this connection.</source>
        <translation>„Erlauben“ hilft hier nicht: Der Ordner der Vorlage sieht diese Verbindung nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow needs Use or Manage on the connection, which you hold.</source>
        <translation>„Erlauben“ benötigt „Verwenden“ oder „Verwalten“ für die Verbindung; diese Berechtigung haben Sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow needs Use or Manage on the connection.</source>
        <translation>„Erlauben“ benötigt „Verwenden“ oder „Verwalten“ für die Verbindung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Release %1 everywhere?</source>
        <translation>%1 überall freigeben?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Release %1 everywhere? Its %n folder grant(s) are cleared, and unreleasing later will not bring them back.</source>
        <translation>
            <numerusform>%1 überall freigeben? %n Ordnerzulassung wird entfernt, und ein späteres Aufheben der Freigabe stellt sie nicht wieder her.</numerusform>
            <numerusform>%1 überall freigeben? Seine %n Ordnerzulassungen werden entfernt, und ein späteres Aufheben der Freigabe stellt sie nicht wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release connection type</source>
        <translation>Verbindungstyp freigeben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grant %1</source>
        <translation>%1 zulassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke %1</source>
        <translation>Zulassung für %1 entziehen</translation>
    </message>
</context>
<context>
    <name>warden::ConnectionsPanel</name>
    <message>
        <location filename="../ui/ConnectionsPanel.cpp" line="+32"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Secrets cannot be revealed on this computer: %1</source>
        <translation>Geheimnisse können auf diesem Computer nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global connections need Admin.</source>
        <translation>Globale Verbindungen benötigen Admin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Select a connection.</source>
        <translation>Wählen Sie eine Verbindung aus.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open the connection</source>
        <translation>Verbindung öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may not use this connection.</source>
        <translation>Sie dürfen diese Verbindung nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Delete %1? %n template(s) use it and will no longer have it.</source>
        <translation>
            <numerusform>%1 löschen? %n Vorlage verwendet sie und verliert sie dann.</numerusform>
            <numerusform>%1 löschen? %n Vorlagen verwenden sie und verlieren sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
</context>
<context>
    <name>warden::DifferenceDialog</name>
    <message>
        <location filename="../ui/DifferenceDialog.cpp" line="+20"/>
        <source>Compare with now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;What changed in everyone&apos;s access since %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was sich seit %1 am Zugriff aller geändert hat&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody&apos;s access changed</source>
        <translation>niemandes Zugriff hat sich geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one user: name or username</source>
        <translation>Einen Benutzer zeigen: Name oder Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permissions gained and lost per user since then</source>
        <translation>Seitdem gewonnene und verlorene Berechtigungen je Benutzer</translation>
    </message>
</context>
<context>
    <name>warden::ExpectationListModel</name>
    <message numerus="yes">
        <location filename="../models/items/ExpectationListModel.cpp" line="+93"/>
        <source>Broken: %n violation(s)</source>
        <translation>
            <numerusform>Verletzt: %n Verstoß</numerusform>
            <numerusform>Verletzt: %n Verstöße</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holding</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>warden::ExpectationsPage</name>
    <message>
        <location filename="../ui/ExpectationsPage.cpp" line="+41"/>
        <location line="+29"/>
        <source>&amp;New Expectation…</source>
        <translation>&amp;Neue Erwartung…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Expectations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Erwartungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find by name, subject, permission or folder</source>
        <translation>Suchen: Name, Betroffene, Recht, Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find expectations</source>
        <translation>Erwartungen finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Violations and why</source>
        <translation>Verstöße und warum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Expectation</source>
        <translation>Erwartung &amp;löschen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Adding and deleting expectations needs %1.</source>
        <translation>Erwartungen hinzufügen und löschen braucht %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What must stay true about access. Every change, by anyone, from the window or the command line, is checked against these before it is written.</source>
        <translation>Was über den Zugriff wahr bleiben muss. Jede Änderung, von wem auch immer, aus dem Fenster oder der Kommandozeile, wird vor dem Schreiben daran geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n expectation(s) broken now.</source>
        <translation>
            <numerusform>%n Erwartung ist jetzt verletzt.</numerusform>
            <numerusform>%n Erwartungen sind jetzt verletzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;Select an expectation to see whether it holds, and why not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Erwartung, um zu sehen, ob sie gilt, und warum nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Holding: no violations.</source>
        <translation>Gilt: keine Verstöße.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Broken: %n violation(s).</source>
        <translation>
            <numerusform>Verletzt: %n Verstoß.</numerusform>
            <numerusform>Verletzt: %n Verstöße.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more violation(s).</source>
        <translation>
            <numerusform>… und %n weiterer Verstoß.</numerusform>
            <numerusform>… und %n weitere Verstöße.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete expectation</source>
        <translation>Erwartung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the expectation %1? Changes are no longer checked against it.</source>
        <translation>Die Erwartung %1 löschen? Änderungen werden dann nicht mehr daran geprüft.</translation>
    </message>
</context>
<context>
    <name>warden::FolderDetails</name>
    <message>
        <location filename="../ui/FolderDetails.cpp" line="+32"/>
        <source>&amp;Inherit teams and permissions from parent folder</source>
        <translation>Teams und Berechtigungen vom übergeordneten Ordner &amp;erben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Team…</source>
        <translation>Neues &amp;Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members…</source>
        <translation>&amp;Mitglieder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>▣ marks a permission that another permission granted here implies. Hover over a column for its description.</source>
        <translation>▣ kennzeichnet eine Berechtigung, die durch eine andere hier erteilte Berechtigung impliziert wird. Zeigen Sie auf eine Spalte, um ihre Beschreibung zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Permissions of the teams</source>
        <translation>Berechtigungen der Teams</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>☑ granted   ▣ implied   yellow: not saved   red: not saved, changed by someone else since</source>
        <translation>☑ erteilt   ▣ impliziert   gelb: nicht gespeichert   rot: nicht gespeichert, inzwischen von anderen geändert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No folders yet</source>
        <translation>Noch keine Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No folder selected</source>
        <translation>Kein Ordner ausgewählt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A top-level folder: its own teams and permissions apply here and to every subfolder that inherits.</source>
        <translation>Ein Ordner auf oberster Ebene: Seine eigenen Teams und Berechtigungen gelten hier und in jedem erbenden Unterordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A security root: this folder has its own teams and permissions; subfolders that inherit follow them.</source>
        <translation>Eine Sicherheitswurzel: Dieser Ordner hat eigene Teams und Berechtigungen; erbende Unterordner folgen ihnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inherits its teams and permissions from %1. They are shown read-only; change them there.</source>
        <translation>Erbt Teams und Berechtigungen von %1. Sie werden schreibgeschützt angezeigt; ändern Sie sie dort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to %1</source>
        <translation>Zu %1 &amp;wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select %1, where these teams are defined</source>
        <translation>%1 auswählen, wo diese Teams definiert sind</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Turn off to give this folder teams and permissions of its own.</source>
        <translation>Ausschalten, um diesem Ordner eigene Teams und Berechtigungen zu geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams and permissions</source>
        <translation>Teams und Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inherited from %1</source>
        <translation>Geerbt von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Greyed-out boxes are permissions you do not hold here: you may clear them, not grant them.</source>
        <translation>Ausgegraute Kästchen sind Berechtigungen, die Sie hier nicht haben: Sie können sie entziehen, aber nicht erteilen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teams are defined on %1.</source>
        <translation>Teams sind auf %1 definiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a team on this folder</source>
        <translation>Ein Team auf diesem Ordner anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show and edit the selected team&apos;s members (or double-click its name)</source>
        <translation>Mitglieder des ausgewählten Teams anzeigen und bearbeiten (oder auf seinen Namen doppelklicken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a system team.</source>
        <translation>%1 ist ein Systemteam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only: changing teams needs %1.</source>
        <translation>Schreibgeschützt: Zum Ändern von Teams ist %1 erforderlich.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the permissions on %1</source>
        <translation>den Berechtigungen auf %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not saved: it would break an expectation</source>
        <translation>nicht gespeichert: es verletzte eine Erwartung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete team</source>
        <translation>Team löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete team %1 on %2?</source>
        <translation>Team %1 auf %2 löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Inherit teams and permissions</source>
        <translation>Teams und Berechtigungen erben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will inherit the teams and permissions of %2.</source>
        <translation>%1 erbt die Teams und Berechtigungen von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Its own %n team(s) will be removed, with their members and permissions.</source>
        <translation>
            <numerusform>%n eigenes Team wird mit seinen Mitgliedern und Berechtigungen entfernt.</numerusform>
            <numerusform>%n eigene Teams werden mit ihren Mitgliedern und Berechtigungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inherit</source>
        <translation>&amp;Erben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop inheriting</source>
        <translation>Vererbung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will stop inheriting from %2.</source>
        <translation>%1 erbt nicht mehr von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop inheriting</source>
        <translation>Vererbung &amp;beenden</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+3"/>
        <source>Select a team first.</source>
        <translation>Wählen Sie zuerst ein Team aus.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Changing this needs %1.</source>
        <translation>Zum Ändern ist %1 erforderlich.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename the selected team</source>
        <translation>Ausgewähltes Team umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected team</source>
        <translation>Ausgewähltes Team löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes as one step (Ctrl+S)</source>
        <translation>Änderungen als einen Schritt speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to reset.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the changes that are not saved</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowScreenshots.cpp" line="+85"/>
        <source>It starts with the system teams only, with their default permissions and no members.</source>
        <translation>Er beginnt nur mit den Systemteams, mit ihren Standardberechtigungen und ohne Mitglieder.</translation>
    </message>
</context>
<context>
    <name>warden::FolderPage</name>
    <message>
        <location filename="../ui/FolderPage.cpp" line="+41"/>
        <source>Find folders by name or path (Ctrl+F)</source>
        <translation>Ordner nach Name oder Pfad suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find folders</source>
        <translation>Ordner suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Teams &amp;&amp; permissions</source>
        <translation>&amp;Teams &amp;&amp; Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&amp;New Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Top-Level Folder…</source>
        <translation>Neuer Ordner auf o&amp;berster Ebene…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder</source>
        <translation>Ordner &amp;umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move Folder To…</source>
        <translation>Ordner &amp;verschieben nach…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Select a folder first.</source>
        <translation>Wählen Sie zuerst einen Ordner aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Its teams and permissions now come from %1; after the move they come from %2.</source>
        <translation>Die Teams und Berechtigungen kommen jetzt von %1, nach dem Verschieben von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n subfolder(s) that inherit from it change with it.</source>
        <translation>
            <numerusform>%n Unterordner, der davon erbt, ändert sich mit.</numerusform>
            <numerusform>%n Unterordner, die davon erben, ändern sich mit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move and change access</source>
        <translation>Verschieben und Zugriff ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving %1 into %2 changes who has access to it.</source>
        <translation>Wenn Sie %1 nach %2 verschieben, ändert sich, wer darauf Zugriff hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
</context>
<context>
    <name>warden::FolderTreeModel</name>
    <message numerus="yes">
        <location filename="../models/items/FolderTreeModel.cpp" line="+161"/>
        <source>%n own team(s)</source>
        <translation>
            <numerusform>%n eigenes Team</numerusform>
            <numerusform>%n eigene Teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a security root: its own teams and permissions apply here and to the subfolders that inherit from it.</source>
        <translation>%1 ist eine Sicherheitswurzel: Seine eigenen Teams und Berechtigungen gelten hier und in den Unterordnern, die von ihm erben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 inherits its teams and permissions from %2.</source>
        <translation>%1 erbt seine Teams und Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guarded by the expectations: %1</source>
        <translation>Bewacht von den Erwartungen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, security root</source>
        <translation>%1, Sicherheitswurzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, inherits from %2</source>
        <translation>%1, erbt von %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>warden::GlobalPermissionModel</name>
    <message>
        <location filename="../models/items/GlobalPermissionModel.cpp" line="+106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every active user</source>
        <translation>Jeder aktive Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet, and changed by someone else since: Save asks which to keep.</source>
        <translation>Noch nicht gespeichert und seitdem von jemand anderem geändert: Beim Speichern werden Sie gefragt, was gelten soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press F2 to add or remove roles.</source>
        <translation>Doppelklicken oder F2 drücken, um Rollen hinzuzufügen oder zu entfernen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>role %1 on %2</source>
        <translation>Rolle %1 auf %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a role that was deleted, on %1</source>
        <translation>eine gelöschte Rolle, auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Login: no role is assigned, so every active user may log in (%n user(s)).</source>
        <translation>
            <numerusform>Anmeldung: Keine Rolle zugeordnet, daher darf sich jeder aktive Benutzer anmelden (%n Benutzer).</numerusform>
            <numerusform>Anmeldung: Keine Rolle zugeordnet, daher darf sich jeder aktive Benutzer anmelden (%n Benutzer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login: only users with the role %1 (or Admin) may log in: %2 of %3 active users.</source>
        <translation>Anmeldung: Nur Benutzer mit der Rolle %1 (oder Admin) dürfen sich anmelden: %2 von %3 aktiven Benutzern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>warden::GlobalPermissionPage</name>
    <message>
        <location filename="../ui/GlobalPermissionPage.cpp" line="+39"/>
        <source>&amp;Add Role…</source>
        <translation>Rolle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Filter actions</source>
        <translation>Aktionen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global permissions</source>
        <translation>Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Read-only: changing global permissions needs Admin or %1.</source>
        <translation>Schreibgeschützt: Zum Ändern globaler Berechtigungen ist Admin oder %1 erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saving this stops %n active user(s) from logging in.</source>
        <translation>
            <numerusform>Durch das Speichern kann sich %n aktiver Benutzer nicht mehr anmelden.</numerusform>
            <numerusform>Durch das Speichern können sich %n aktive Benutzer nicht mehr anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the changes as one step (Ctrl+S)</source>
        <translation>Änderungen als einen Schritt speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the changes that are not saved</source>
        <translation>Nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to reset.</source>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a role to %1: type its name (or double-click the Roles cell, or press F2)</source>
        <translation>„%1“ eine Rolle hinzufügen: ihren Namen eingeben (oder die Zelle „Rollen“ doppelklicken oder F2 drücken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a permission first.</source>
        <translation>Wählen Sie zuerst eine Berechtigung aus.</translation>
    </message>
</context>
<context>
    <name>warden::ImpactLine</name>
    <message>
        <location filename="../ui/ImpactLine.cpp" line="+26"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who gains and loses what, user by user</source>
        <translation>Wer was gewinnt und verliert, Benutzer für Benutzer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save would be refused: %1</source>
        <translation>Speichern würde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save: %1</source>
        <translation>Speichern: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save would break %1: %2.</source>
        <translation>Speichern verletzte %1: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What saving changes</source>
        <translation>Was das Speichern ändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>If you save now:</source>
        <translation>Wenn Sie jetzt speichern:</translation>
    </message>
</context>
<context>
    <name>warden::ImpactView</name>
    <message>
        <location filename="../ui/ImpactView.cpp" line="+33"/>
        <source>User / place</source>
        <translation>Benutzer / Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gains</source>
        <translation>Gewinnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loses</source>
        <translation>Verliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a user to see, per place, the permissions gained and lost.</source>
        <translation>Einen Benutzer öffnen, um je Ort die gewonnenen und verlorenen Berechtigungen zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+57"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>, deleted</source>
        <translation>, gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location line="+23"/>
        <source>+%n permission(s)</source>
        <translation>
            <numerusform>+%n Berechtigung</numerusform>
            <numerusform>+%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <location line="+23"/>
        <source>−%n permission(s)</source>
        <translation>
            <numerusform>−%n Berechtigung</numerusform>
            <numerusform>−%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>− loses %1</source>
        <translation>− verliert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ gains %1</source>
        <translation>+ gewinnt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global permissions</source>
        <translation>Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n inheriting subfolder(s)</source>
        <translation>
            <numerusform>%1 und %n erbender Unterordner</numerusform>
            <numerusform>%1 und %n erbende Unterordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection %1 on %2</source>
        <translation>Verbindung %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection %1 (global)</source>
        <translation>Verbindung %1 (global)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no one&apos;s access changes</source>
        <translation>niemandes Zugriff ändert sich</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) gain</source>
        <translation>
            <numerusform>%n Benutzer gewinnt</numerusform>
            <numerusform>%n Benutzer gewinnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) lose</source>
        <translation>
            <numerusform>%n Benutzer verliert</numerusform>
            <numerusform>%n Benutzer verlieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> on %n folder(s)</source>
        <translation>
            <numerusform> auf %n Ordner</numerusform>
            <numerusform> auf %n Ordnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>access to %n connection(s)</source>
        <translation>
            <numerusform>Zugriff auf %n Verbindung</numerusform>
            <numerusform>Zugriff auf %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+103"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global permissions</source>
        <translation>Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Store opened again</source>
        <translation>Speicher erneut geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Compare with now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/MainWindowScreenshots.cpp" line="+145"/>
        <source>change #%1</source>
        <translation>Änderung #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Revert to this point</source>
        <translation>Auf diesen Zeitpunkt zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put every row back as it was right after change #%1?</source>
        <translation>Jede Zeile so zurücksetzen, wie sie direkt nach Änderung #%1 war?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is one change of its own: it is written in the audit log, and Undo takes it back.</source>
        <translation>Das ist eine eigene Änderung: sie wird ins Prüfprotokoll geschrieben, und Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;New Store…</source>
        <translation>&amp;Neuer Speicher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent Stores</source>
        <translation>Zu&amp;letzt verwendete Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Directory…</source>
        <translation>Verzeichnis &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Directory…</source>
        <translation>Verzeichnis &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacing the store&apos;s content needs Admin.</source>
        <translation>Das Ersetzen des Speicherinhalts erfordert Admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign In As…</source>
        <translation>&amp;Anmelden als…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On a shared store you act as the user linked to your database login %1.</source>
        <translation>In einem gemeinsamen Speicher handeln Sie als der Benutzer, der mit Ihrer Datenbankanmeldung %1 verknüpft ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo although it breaks expectations?</source>
        <translation>Rückgängig machen, obwohl es Erwartungen verletzt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo although it breaks expectations?</source>
        <translation>Wiederholen, obwohl es Erwartungen verletzt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo Anyway</source>
        <translation>Trotzdem &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo Anyway</source>
        <translation>Trotzdem &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folders</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Global Permissions</source>
        <translation>&amp;Globale Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view</source>
        <translation>Über&amp;prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit Log</source>
        <translation>Prüfpro&amp;tokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expectations</source>
        <translation>&amp;Erwartungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users</source>
        <comment>menu bar</comment>
        <translation>Be&amp;nutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bulk Assignment…</source>
        <translation>&amp;Massenzuweisung…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStores.cpp" line="+60"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+20"/>
        <source>Try out what this user may do: Warden checks their rights for every change, and the log also names you as the one who really acted.</source>
        <translation>Ausprobieren, was dieser Benutzer darf: Warden prüft bei jeder Änderung seine Berechtigungen, und das Prüfprotokoll nennt zusätzlich Sie als den tatsächlich Handelnden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the global permissions</source>
        <translation>den globalen Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowStores.cpp" line="-9"/>
        <location line="+86"/>
        <location line="+5"/>
        <source>Import directory</source>
        <translation>Verzeichnis importieren</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Replace everything in this store (%1 folders, %2 users) with %3 (%4 folders, %5 users)? Undo cannot take an import back; export the store first to keep what it holds.</source>
        <translation>Alles in diesem Speicher (%1 Ordner, %2 Benutzer) durch %3 (%4 Ordner, %5 Benutzer) ersetzen? Ein Import lässt sich nicht rückgängig machen; exportieren Sie den Speicher vorher, um seinen Inhalt zu behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Import %1: %2 folders, %3 teams, %4 users, %5 roles</source>
        <translation>Import %1: %2 Ordner, %3 Teams, %4 Benutzer, %5 Rollen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directory files (*.json *.yaml *.yml)</source>
        <translation>Verzeichnisdateien (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Export directory</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>JSON (*.json);;YAML (*.yaml *.yml)</source>
        <translation>JSON (*.json);;YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1

The store that is open stays open.</source>
        <translation>%1

Der geöffnete Speicher bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Create the store</source>
        <translation>Speicher anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+5"/>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>Warden stores (*.sqlite);;All files (*)</source>
        <translation>Warden-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; a new store needs a new file.</source>
        <translation>%1 existiert bereits; ein neuer Speicher benötigt eine neue Datei.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available (%1); the password is used for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1); das Passwort wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-50"/>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store: %1 — %2 folders, %3 users, %4 roles</source>
        <translation>Speicher: %1 — %2 Ordner, %3 Benutzer, %4 Rollen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1%2</source>
        <translation>Angemeldet als %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (Admin)</source>
        <translation> (Admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowScreenshots.cpp" line="-147"/>
        <source>Stop inheriting</source>
        <translation>Vererbung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will stop inheriting from %2.</source>
        <translation>%1 erbt nicht mehr von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop inheriting</source>
        <translation>Vererbung &amp;beenden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add to team</source>
        <translation>Zum Team hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 to the team %2 on %3?</source>
        <translation>%1 zum Team %2 auf %3 hinzufügen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>warden::MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+21"/>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>warden::MoveFolderDialog</name>
    <message>
        <location filename="../ui/MoveFolderDialog.cpp" line="+25"/>
        <source>To the &amp;top level</source>
        <translation>Auf die &amp;oberste Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into this folder:</source>
        <translation>&amp;In diesen Ordner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a folder by name or path</source>
        <translation>Ordner nach Name oder Pfad suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find destination folder</source>
        <translation>Zielordner suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination folders</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where should %1 go? A folder that inherits follows its new parent&apos;s teams and permissions; at the top level it keeps copies of the teams it inherited.</source>
        <translation>Wohin soll %1 verschoben werden? Ein erbender Ordner folgt den Teams und Berechtigungen seines neuen übergeordneten Ordners; auf oberster Ebene behält er Kopien der geerbten Teams.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder cannot be moved into itself or one of its subfolders.</source>
        <translation>Ein Ordner kann nicht in sich selbst oder einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder is already there.</source>
        <translation>Der Ordner befindet sich bereits dort.</translation>
    </message>
</context>
<context>
    <name>warden::ReviewModel</name>
    <message>
        <location filename="../models/items/ReviewModel.cpp" line="+260"/>
        <source>%1 is a security root: its own teams decide who holds what here.</source>
        <translation>%1 ist eine Sicherheitswurzel: Seine eigenen Teams bestimmen, wer hier welche Berechtigungen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 inherits its teams and permissions from %2.</source>
        <translation>%1 erbt seine Teams und Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A</source>
        <comment>held only by the first user compared</comment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B</source>
        <comment>held only by the second user compared</comment>
        <translation>B</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 and %2 are alike in %3 on %4.</source>
        <translation>%1 und %2 stimmen bei „%3“ auf %4 überein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds %2 on %3; %4 does not.</source>
        <translation>%1 hat auf %3 die Berechtigung „%2“, %4 nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds %2 on %3.</source>
        <translation>%1 hat auf %3 die Berechtigung „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds %2 on %3, implied by another permission.</source>
        <translation>%1 hat auf %3 die Berechtigung „%2“, impliziert durch eine andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not hold %2 on %3.</source>
        <translation>%1 hat auf %3 die Berechtigung „%2“ nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>implied</source>
        <translation>impliziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not held</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
</context>
<context>
    <name>warden::ReviewPage</name>
    <message>
        <location filename="../ui/ReviewPage.cpp" line="+72"/>
        <source>Reviewed user</source>
        <translation>Überprüfter Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder name or path (Ctrl+F)</source>
        <translation>Ordner oder Pfad (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter folders</source>
        <translation>Ordner filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission, key or group</source>
        <translation>Berechtigung oder Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the permission columns that match (Ctrl+Shift+F)</source>
        <translation>Nur die passenden Berechtigungsspalten zeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Permissions</source>
        <translation>Berechtigungen suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what is shown as CSV, HTML or PDF (Ctrl+Shift+E)</source>
        <translation>Angezeigtes als CSV, HTML oder PDF speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Permissions of the reviewed user on every folder</source>
        <translation>Berechtigungen des überprüften Benutzers auf jedem Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who &amp;has it</source>
        <translation>Wer &amp;hat sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Global</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global permissions and the access to connections</source>
        <translation>Globale Berechtigungen und der Zugriff auf Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;olders:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions:</source>
        <translation>Be&amp;rechtigungen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Überprüfung&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Expect Nobody Else Holds This Here…</source>
        <translation>Erwarten, dass niemand sonst dies hier hat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expect Only These Users…</source>
        <translation>Erwarten, dass nur diese Benutzer es haben…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+52"/>
        <location line="+33"/>
        <location line="+7"/>
        <location line="+12"/>
        <source>Review as of</source>
        <translation>Überprüfung zum Stand</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Show access as it was at this moment (after every change made until then)</source>
        <translation>Den Zugriff so zeigen, wie er zu diesem Zeitpunkt war (nach jeder bis dahin gemachten Änderung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◀ Ea&amp;rlier</source>
        <translation>◀ F&amp;rüher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change before</source>
        <translation>Die Änderung davor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later ▶</source>
        <translation>&amp;Später ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The change after</source>
        <translation>Die Änderung danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access as it is now</source>
        <translation>Der Zugriff, wie er jetzt ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;As of:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to Now</source>
        <translation>Zurück zu jetzt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (after entry #%2)</source>
        <translation>%1 (nach Eintrag #%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry #%1</source>
        <translation>Eintrag #%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>after entry #%1 by %2: %3</source>
        <translation>nach Eintrag #%1 von %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now (the newest change: #%1 by %2)</source>
        <translation>jetzt (die neueste Änderung: #%1 von %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This is the past.&lt;/b&gt; Access as it was on %1, right after change #%2 (%3). Nothing here can be changed.</source>
        <translation>&lt;b&gt;Das ist die Vergangenheit.&lt;/b&gt; Der Zugriff, wie er am %1 war, direkt nach Änderung #%2 (%3). Hier kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Expect %1 Always Holds This Here…</source>
        <translation>Erwarten, dass %1 dies hier immer hat…</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+426"/>
        <source>There are no users to review.</source>
        <translation>Es gibt keine Benutzer zum Überprüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2 and holds nothing until active; shown is what they would hold then.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist %2 und hat bis zur Aktivierung keine Berechtigungen; angezeigt wird, was dann gelten würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the differences: &lt;span style=&quot;background:#d4e9ff&quot;&gt;&amp;nbsp;A&amp;nbsp;&lt;/span&gt; held only by &lt;b&gt;%1&lt;/b&gt;, &lt;span style=&quot;background:#ffe2c6&quot;&gt;&amp;nbsp;B&amp;nbsp;&lt;/span&gt; held only by &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Nur die Unterschiede: &lt;span style=&quot;background:#d4e9ff&quot;&gt;&amp;nbsp;A&amp;nbsp;&lt;/span&gt; nur bei &lt;b&gt;%1&lt;/b&gt; vorhanden, &lt;span style=&quot;background:#ffe2c6&quot;&gt;&amp;nbsp;B&amp;nbsp;&lt;/span&gt; nur bei &lt;b&gt;%2&lt;/b&gt; vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They hold the same folder permissions everywhere.</source>
        <translation>Beide haben überall dieselben Ordnerberechtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; holds Admin: every folder permission on every folder.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat Admin: jede Ordnerberechtigung auf jedem Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☑ granted by a team &amp;nbsp; ▣ implied by a granted permission &amp;nbsp; ☐ not held. Select a cell to see why.</source>
        <translation>☑ durch ein Team erteilt &amp;nbsp; ▣ durch eine erteilte Berechtigung impliziert &amp;nbsp; ☐ nicht vorhanden. Wählen Sie eine Zelle aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>review-%1</source>
        <translation>ueberpruefung-%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Export review</source>
        <translation>Überprüfung exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Report (*.html);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Bericht (*.html);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>warden::RoleChipsEditor</name>
    <message>
        <location filename="../ui/RoleChipsDelegate.cpp" line="+25"/>
        <source>Add a role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a role and press Enter to add it; Backspace in the empty field removes the last one.</source>
        <translation>Geben Sie eine Rolle ein und drücken Sie die Eingabetaste, um sie hinzuzufügen; die Rücktaste im leeren Feld entfernt die letzte.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role %1</source>
        <translation>Rolle %1 entfernen</translation>
    </message>
</context>
<context>
    <name>warden::RoleListModel</name>
    <message numerus="yes">
        <location filename="../models/items/RoleListModel.cpp" line="+59"/>
        <source>%1 (preset) — %n member(s)</source>
        <translation>
            <numerusform>%1 (Standard) — %n Mitglied</numerusform>
            <numerusform>%1 (Standard) — %n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n member(s)</source>
        <translation>
            <numerusform>%1 — %n Mitglied</numerusform>
            <numerusform>%1 — %n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RolePage</name>
    <message>
        <location filename="../ui/RolePage.cpp" line="+31"/>
        <source>&amp;New Role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+1"/>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a user: name or email</source>
        <translation>Hinzufügen: Name oder E-Mail</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Add a user to the role</source>
        <translation>Benutzer zur Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members of the role</source>
        <translation>Mitglieder der Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What this role can do</source>
        <translation>Was diese Rolle darf</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Global permission: %1</source>
        <translation>Globale Berechtigung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team: %1: %2</source>
        <translation>Team: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create a role</source>
        <translation>Eine Rolle anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected role</source>
        <translation>Ausgewählte Rolle umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected role, after showing where it is used</source>
        <translation>Ausgewählte Rolle löschen; vorher wird angezeigt, wo sie verwendet wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot add members: %1</source>
        <translation>Sie können keine Mitglieder hinzufügen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No role selected</source>
        <translation>Keine Rolle ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What %1 can do</source>
        <translation>Was %1 darf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in preset: %1</source>
        <translation>Integrierte Standardrolle: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;No global permission is assigned to this role.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Rolle ist keine globale Berechtigung zugeordnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h4&gt;Teams&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Teams&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;In no team.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In keinem Team.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete role %1?</source>
        <translation>Rolle %1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no user &apos;%1&apos;</source>
        <translation>es gibt keinen Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a role</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give %1 the role %2?</source>
        <translation>%1 die Rolle %2 geben?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Give role</source>
        <translation>Rolle &amp;vergeben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take a role away</source>
        <translation>Rolle entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the role %1 from %2?</source>
        <translation>%2 die Rolle %1 entziehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take away</source>
        <translation>&amp;Entziehen</translation>
    </message>
</context>
<context>
    <name>warden::Store</name>
    <message>
        <location filename="../models/store/Store.cpp" line="+94"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the secret %1 is not set</source>
        <translation>das Geheimnis %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>%1 has changed since; undoing would overwrite that change</source>
        <translation>%1 wurde seitdem geändert; Rückgängigmachen würde diese Änderung überschreiben</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>Warden lost its hold on the store file (%1); nothing was saved. Warden reopened the store and shows what is stored now: check it and try again</source>
        <translation>Warden hat den Zugriff auf die Speicherdatei verloren (%1); nichts wurde gespeichert. Warden hat den Speicher erneut geöffnet und zeigt, was jetzt gespeichert ist: Prüfen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warden lost its hold on the store file (%1) and cannot open it again: %2; nothing can be saved until it is opened again</source>
        <translation>Warden hat den Zugriff auf die Speicherdatei verloren (%1) und kann sie nicht erneut öffnen: %2; bis sie wieder geöffnet ist, kann nichts gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warden lost its hold on the store file (%1) and opened it again; what is shown is what the store holds now</source>
        <translation>Warden hat den Zugriff auf die Speicherdatei verloren (%1) und sie erneut geöffnet; angezeigt wird, was der Speicher jetzt enthält</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>the store kept changing while this change was being saved; nothing was saved; try again</source>
        <translation>der Speicher hat sich beim Speichern dieser Änderung fortlaufend geändert; es wurde nichts gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was changed by someone else meanwhile; nothing was saved; check what is stored now and try again</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; es wurde nichts gespeichert; prüfen Sie den gespeicherten Stand und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store changed meanwhile</source>
        <translation>der Speicher wurde inzwischen geändert</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>replacing the store&apos;s content needs Admin, which %1 does not hold</source>
        <translation>das Ersetzen des Speicherinhalts erfordert Admin, das %1 nicht hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overriding an expectation needs %1</source>
        <translation>eine Erwartung zu übergehen braucht %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (overriding %2: %3)</source>
        <translation>%1 (übergeht %2: %3)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the store kept changing while it was being replaced; nothing was saved; try again</source>
        <translation>der Speicher hat sich beim Ersetzen fortlaufend geändert; es wurde nichts gespeichert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>the database login &apos;%1&apos; is not linked to a Warden user; an Admin links it with &apos;wardenctl login link %1 USER&apos;</source>
        <translation>die Datenbankanmeldung „%1“ ist mit keinem Warden-Benutzer verknüpft; ein Admin verknüpft sie mit „wardenctl login link %1 BENUTZER“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database login &apos;%1&apos; acts as %2; only the login that owns the store acts as someone else</source>
        <translation>die Datenbankanmeldung „%1“ handelt als %2; nur die Anmeldung, der der Speicher gehört, kann als jemand anderes handeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a local store has no database logins: whoever may write its file acts as anyone</source>
        <translation>ein lokaler Speicher hat keine Datenbankanmeldungen: Wer seine Datei schreiben darf, kann als beliebiger Benutzer handeln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the operator must be an active user</source>
        <translation>der Bearbeiter muss ein aktiver Benutzer sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database login &apos;%1&apos; is not linked</source>
        <translation>die Datenbankanmeldung „%1“ ist nicht verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked the database login &apos;%1&apos; from %2</source>
        <translation>Verknüpfung der Datenbankanmeldung „%1“ mit %2 gelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such user</source>
        <translation>diesen Benutzer gibt es nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked the database login &apos;%1&apos; to %2</source>
        <translation>Datenbankanmeldung „%1“ mit %2 verknüpft</translation>
    </message>
    <message>
        <location filename="../models/store/StoreHistory.cpp" line="+84"/>
        <source>the audit log is empty: there is no past to show</source>
        <translation>das Prüfprotokoll ist leer: es gibt keine Vergangenheit zu zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is nothing to show before %1, the time of the oldest entry of the audit log (#%2)</source>
        <translation>vor %1, dem Zeitpunkt des ältesten Eintrags im Prüfprotokoll (#%2), gibt es nichts zu zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not an audit entry: give #N, as &apos;wardenctl log&apos; numbers them</source>
        <translation>&apos;%1&apos; ist kein Prüfprotokolleintrag: geben Sie #N an, wie &apos;wardenctl log&apos; sie nummeriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+228"/>
        <source>the audit log has no entry #%1; the newest is #%2</source>
        <translation>das Prüfprotokoll hat keinen Eintrag #%1; der neueste ist #%2</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>&apos;%1&apos; is not a moment: give a date and time such as 2026-11-01T09:00:00Z, or #N for the state right after audit entry N</source>
        <translation>&apos;%1&apos; ist kein Zeitpunkt: geben Sie Datum und Uhrzeit an, etwa 2026-11-01T09:00:00Z, oder #N für den Stand direkt nach Prüfprotokolleintrag N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>audit entry #%1 keeps no rows to go past it</source>
        <translation>Prüfprotokolleintrag #%1 bewahrt keine Zeilen, um über ihn hinwegzugehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+120"/>
        <source>audit entry #%1: %2</source>
        <translation>Prüfprotokolleintrag #%1: %2</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>the audit log does not fit the store at entry #%1: %2 is not as that entry found it, so the store cannot be shown as of then</source>
        <translation>das Prüfprotokoll passt bei Eintrag #%1 nicht zum Speicher: %2 ist nicht so, wie dieser Eintrag es vorfand, daher kann der Speicher nicht zu diesem Zeitpunkt gezeigt werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the store cannot be shown as of entry #%1: the audit log keeps the rows to rebuild it only from entry #%2 on (older entries were written by an earlier Warden, or by an import)</source>
        <translation>der Speicher kann nicht zum Stand von Eintrag #%1 gezeigt werden: das Prüfprotokoll bewahrt die Zeilen zum Wiederherstellen erst ab Eintrag #%2 (ältere Einträge schrieb ein früheres Warden oder ein Import)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the checkpoint at entry #%1 could not be read</source>
        <translation>der Checkpoint bei Eintrag #%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the checkpoint at entry #%1: %2</source>
        <translation>der Checkpoint bei Eintrag #%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the store is shown as of entry #%1; nothing can be changed there</source>
        <translation>der Speicher wird zum Stand von Eintrag #%1 gezeigt; dort kann nichts geändert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>audit entry #%1 keeps no rows (an import); compare or go back to moments on one side of it</source>
        <translation>Prüfprotokolleintrag #%1 bewahrt keine Zeilen (ein Import); vergleichen Sie Zeitpunkte auf einer Seite davon oder kehren Sie zu einem solchen zurück</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the audit log does not fit the store: %1 is not as the log left it</source>
        <translation>das Prüfprotokoll passt nicht zum Speicher: %1 ist nicht so, wie das Protokoll es hinterließ</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Revert to entry #%1 (%2)</source>
        <translation>Zurücksetzen auf Eintrag #%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to entry #%1</source>
        <translation>Zurücksetzen auf Eintrag #%1</translation>
    </message>
</context>
<context>
    <name>warden::TeamEditor</name>
    <message>
        <location filename="../ui/TeamEditor.cpp" line="+39"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team %1 on %2</source>
        <translation>Team %1 auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System teams keep their names.</source>
        <translation>Systemteams behalten ihre Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renaming needs %1.</source>
        <translation>Zum Umbenennen wird %1 benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a user or role: type a name, email or role</source>
        <translation>Benutzer oder Rolle hinzufügen: Namen, E-Mail oder Rolle eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Role %1 (%n user(s))</source>
        <translation>
            <numerusform>Rolle %1 (%n Benutzer)</numerusform>
            <numerusform>Rolle %1 (%n Benutzer)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added here, and changed by someone else since: OK asks which to keep.</source>
        <translation>Hier hinzugefügt und seitdem von jemand anderem geändert: Bei OK werden Sie gefragt, was gelten soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added here; not saved yet.</source>
        <translation>Hier hinzugefügt; noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user or role is named &apos;%1&apos;.</source>
        <translation>Kein Benutzer und keine Rolle heißt &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else has deleted this team; there is nothing to save it to.</source>
        <translation>Jemand anderes hat dieses Team gelöscht; die Änderungen können nicht mehr gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Reaches %n active user(s): </source>
        <translation>
            <numerusform>Erreicht %n aktiven Benutzer: </numerusform>
            <numerusform>Erreicht %n aktive Benutzer: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 directly, %2 through roles</source>
        <translation>%1 direkt, %2 über Rollen</translation>
    </message>
</context>
<context>
    <name>warden::TeamPermissionModel</name>
    <message>
        <location filename="../models/items/TeamPermissionModel.cpp" line="+178"/>
        <source>%1 holds %2 (%3).</source>
        <translation>%1 hat die Berechtigung „%2“ (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds %2 through %3, which implies it.</source>
        <translation>%1 hat „%2“, impliziert durch „%3“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold %2 (%3).</source>
        <translation>%1 hat die Berechtigung „%2“ nicht (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granting it needs holding %1 here yourself, or %2.</source>
        <translation>Zum Erteilen müssen Sie hier selbst %1 haben (oder %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet, and changed by someone else since: Save asks which to keep.</source>
        <translation>Noch nicht gespeichert und seitdem von jemand anderem geändert: Beim Speichern werden Sie gefragt, was gelten soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implied</source>
        <translation>impliziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not held</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (system)</source>
        <translation>%1 (System)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a system team: it cannot be renamed or deleted. %2</source>
        <translation>%1 ist ein Systemteam: Es kann nicht umbenannt oder gelöscht werden. %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 on team %2</source>
        <translation>„%1“ im Team %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on a team that was deleted</source>
        <translation>„%1“ in einem gelöschten Team</translation>
    </message>
</context>
<context>
    <name>warden::UserChoiceModel</name>
    <message>
        <location filename="../models/items/UserChoiceModel.cpp" line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>warden::UserPage</name>
    <message>
        <location filename="../ui/UserPage.cpp" line="+62"/>
        <source>Find users by name, email, status or role</source>
        <translation>Benutzer nach Name, E-Mail, Status oder Rolle suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the user holds</source>
        <translation>Was der Benutzer hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+239"/>
        <source>&amp;Disable</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review Permissions</source>
        <translation>Berechtigungen über&amp;prüfen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Needs %1.</source>
        <translation>Benötigt %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select users first.</source>
        <translation>Wählen Sie zuerst Benutzer aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Select one user.</source>
        <translation>Wählen Sie einen Benutzer aus.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Select invited or disabled users.</source>
        <translation>Wählen Sie eingeladene oder deaktivierte Benutzer aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select active users.</source>
        <translation>Wählen Sie aktive Benutzer aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;Select a user to see their roles, teams and permissions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Benutzer aus, um seine Rollen, Teams und Berechtigungen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;p&gt;%n users selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Benutzer ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Benutzer ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;i&gt;Holds nothing while %1; below is what they would hold once active.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Hat keine Berechtigungen, solange %1; unten steht, was nach der Aktivierung gelten würde.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h4&gt;Roles&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Rollen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+14"/>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;Teams&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Teams&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4&gt;Global permissions&lt;/h4&gt;&lt;p&gt;Admin: every global permission, and every folder permission everywhere.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Globale Berechtigungen&lt;/h4&gt;&lt;p&gt;Admin: jede globale Berechtigung und überall jede Ordnerberechtigung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h4&gt;Global permissions&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Globale Berechtigungen&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Disable users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Disable %n user(s)?</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren?</numerusform>
            <numerusform>%n Benutzer deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They keep their teams and roles and get them back when activated.</source>
        <translation>Sie behalten ihre Teams und Rollen und erhalten sie bei der Aktivierung zurück.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>warden::UserTableModel</name>
    <message>
        <location filename="../models/items/UserTableModel.cpp" line="+113"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 was invited and has not joined yet: they hold no permission until activated.</source>
        <translation>%1 wurde eingeladen und ist noch nicht beigetreten: Bis zur Aktivierung hat der Benutzer keine Berechtigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is disabled and holds no permission anywhere.</source>
        <translation>%1 ist deaktiviert und hat nirgends eine Berechtigung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
</TS>
