<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Bulk plan %1: %n row(s)</source>
        <translation>
            <numerusform>Bulk plan %1: %n row</numerusform>
            <numerusform>Bulk plan %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more folder(s)</source>
        <translation>
            <numerusform>… and %n more folder</numerusform>
            <numerusform>… and %n more folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) change, </source>
        <translation>
            <numerusform>%n user changes, </numerusform>
            <numerusform>%n users change, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gained, </source>
        <translation>
            <numerusform>%n gained, </numerusform>
            <numerusform>%n gained, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost</source>
        <translation>
            <numerusform>%n lost</numerusform>
            <numerusform>%n lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n connection level(s)</source>
        <translation>
            <numerusform>, %n connection level</numerusform>
            <numerusform>, %n connection levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written: %n row(s), %1.</source>
        <translation>
            <numerusform>Dry run, nothing written: %n row, %1.</numerusform>
            <numerusform>Dry run, nothing written: %n rows, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n row(s), %1.</source>
        <translation>
            <numerusform>Applied: %n row, %1.</numerusform>
            <numerusform>Applied: %n rows, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken:  %1 (%n violation(s))</source>
        <translation>
            <numerusform>broken:  %1 (%n violation)</numerusform>
            <numerusform>broken:  %1 (%n violations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s), </source>
        <translation>
            <numerusform>%n expectation, </numerusform>
            <numerusform>%n expectations, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expectation %1 is broken: %2 (%n violation(s))</source>
        <translation>
            <numerusform>expectation %1 is broken: %2 (%n violation)</numerusform>
            <numerusform>expectation %1 is broken: %2 (%n violations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditApplier</name>
    <message numerus="yes">
        <source>Delete folder %1 and %n subfolder(s)</source>
        <translation>
            <numerusform>Delete folder %1 and %n subfolder</numerusform>
            <numerusform>Delete folder %1 and %n subfolders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Expectations</name>
    <message numerus="yes">
        <source> (and %n more violation(s))</source>
        <translation>
            <numerusform> (and %n more violation)</numerusform>
            <numerusform> (and %n more violations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; it would also break %n other expectation(s)</source>
        <translation>
            <numerusform>; it would also break %n other expectation</numerusform>
            <numerusform>; it would also break %n other expectations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message numerus="yes">
        <source>Its own %n team(s) will be removed, with their members and permissions.</source>
        <translation>
            <numerusform>Its own team will be removed, with its members and permissions.</numerusform>
            <numerusform>Its own %n teams will be removed, with their members and permissions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subfolder(s)</source>
        <translation>
            <numerusform>%n subfolder</numerusform>
            <numerusform>%n subfolders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) with their members and permissions</source>
        <translation>
            <numerusform>%n team with its members and permissions</numerusform>
            <numerusform>%n teams with their members and permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose what the team grants them here.</source>
        <translation>
            <numerusform>Its %n member loses what the team grants them here.</numerusform>
            <numerusform>Its %n members lose what the team grants them here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) with their secrets</source>
        <translation>
            <numerusform>%n connection with their secrets</numerusform>
            <numerusform>%n connections with their secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your unsaved changes have been changed by others since you made them:</source>
        <translation>
            <numerusform>%n of your unsaved changes has been changed by others since you made it:</numerusform>
            <numerusform>%n of your unsaved changes have been changed by others since you made them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are taking permissions away from the system team(s) %1.</source>
        <translation>
            <numerusform>You are taking permissions away from the system team %1.</numerusform>
            <numerusform>You are taking permissions away from the system teams %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This change breaks %n expectation(s):</source>
        <translation>
            <numerusform>This change breaks %n expectation:</numerusform>
            <numerusform>This change breaks %n expectations:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message numerus="yes">
        <source>%n folder(s) inheriting from %1</source>
        <translation>
            <numerusform>%n folder inheriting from %1</numerusform>
            <numerusform>%n folders inheriting from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n inheriting subfolder(s)</source>
        <translation>
            <numerusform>%1 and %n inheriting subfolder</numerusform>
            <numerusform>%1 and %n inheriting subfolders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n global permission(s).</source>
        <translation>
            <numerusform>%n global permission.</numerusform>
            <numerusform>%n global permissions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder permission(s)</source>
        <translation>
            <numerusform>%n folder permission</numerusform>
            <numerusform>%n folder permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security root(s)</source>
        <translation>
            <numerusform>%n security root</numerusform>
            <numerusform>%n security roots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>&lt;h3&gt;Who holds %1&lt;/h3&gt;&lt;p&gt;on %2: %n active user(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Who holds %1&lt;/h3&gt;&lt;p&gt;on %2: %n active user.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Who holds %1&lt;/h3&gt;&lt;p&gt;on %2: %n active users.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;… and %n more.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… and %n more.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… and %n more.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::AuditLogModel</name>
    <message numerus="yes">
        <source>&lt;p&gt;… and %n more changed row(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… and %n more changed row.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… and %n more changed rows.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::BulkWizard</name>
    <message numerus="yes">
        <source>Chosen: %n user(s)</source>
        <translation>
            <numerusform>Chosen: %n user</numerusform>
            <numerusform>Chosen: %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n role(s).</source>
        <translation>
            <numerusform>, %n role.</numerusform>
            <numerusform>, %n roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) name no user and are not in the plan: %1</source>
        <translation>
            <numerusform>%n entry names no user and is not in the plan: %1</numerusform>
            <numerusform>%n entries name no user and are not in the plan: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk assignment: add, %n row(s)</source>
        <translation>
            <numerusform>Bulk assignment: add, %n row</numerusform>
            <numerusform>Bulk assignment: add, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk assignment: remove, %n row(s)</source>
        <translation>
            <numerusform>Bulk assignment: remove, %n row</numerusform>
            <numerusform>Bulk assignment: remove, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) that change nothing.</source>
        <translation>
            <numerusform>… and %n more row that change nothing.</numerusform>
            <numerusform>… and %n more rows that change nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n row(s)&lt;/b&gt; in the plan</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n row&lt;/b&gt; in the plan</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n rows&lt;/b&gt; in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them changing nothing.</source>
        <translation>
            <numerusform>, %n of them changing nothing.</numerusform>
            <numerusform>, %n of them changing nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> &lt;b&gt;%n user(s)&lt;/b&gt; change access:</source>
        <translation>
            <numerusform> &lt;b&gt;%n user&lt;/b&gt; changes access:</numerusform>
            <numerusform> &lt;b&gt;%n users&lt;/b&gt; change access:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n permission(s) gained,</source>
        <translation>
            <numerusform> %n permission gained,</numerusform>
            <numerusform> %n permissions gained,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n lost</source>
        <translation>
            <numerusform> %n lost</numerusform>
            <numerusform> %n lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access changed for %n user(s).</source>
        <translation>
            <numerusform>Access changed for %n user.</numerusform>
            <numerusform>Access changed for %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written as one change.</source>
        <translation>
            <numerusform>%n row written as one change.</numerusform>
            <numerusform>%n rows written as one change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ConnectionCheck</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ConnectionsPage</name>
    <message numerus="yes">
        <source>Release %1 everywhere? Its %n folder grant(s) are cleared, and unreleasing later will not bring them back.</source>
        <translation>
            <numerusform>Release %1 everywhere? Its folder grant is cleared, and unreleasing later will not bring it back.</numerusform>
            <numerusform>Release %1 everywhere? Its %n folder grants are cleared, and unreleasing later will not bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ConnectionsPanel</name>
    <message numerus="yes">
        <source>Delete %1? %n template(s) use it and will no longer have it.</source>
        <translation>
            <numerusform>Delete %1? %n template uses it and will no longer have it.</numerusform>
            <numerusform>Delete %1? %n templates use it and will no longer have it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ExpectationListModel</name>
    <message numerus="yes">
        <source>Broken: %n violation(s)</source>
        <translation>
            <numerusform>Broken: %n violation</numerusform>
            <numerusform>Broken: %n violations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ExpectationsPage</name>
    <message numerus="yes">
        <source>%n expectation(s) broken now.</source>
        <translation>
            <numerusform>%n expectation broken now.</numerusform>
            <numerusform>%n expectations broken now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broken: %n violation(s).</source>
        <translation>
            <numerusform>Broken: %n violation.</numerusform>
            <numerusform>Broken: %n violations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more violation(s).</source>
        <translation>
            <numerusform>… and %n more violation.</numerusform>
            <numerusform>… and %n more violations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::FolderDetails</name>
    <message numerus="yes">
        <source>Its own %n team(s) will be removed, with their members and permissions.</source>
        <translation>
            <numerusform>Its own %n team will be removed, with their members and permissions.</numerusform>
            <numerusform>Its own %n teams will be removed, with their members and permissions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::FolderPage</name>
    <message numerus="yes">
        <source>%n subfolder(s) that inherit from it change with it.</source>
        <translation>
            <numerusform>%n subfolder that inherit from it change with it.</numerusform>
            <numerusform>%n subfolders that inherit from it change with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::FolderTreeModel</name>
    <message numerus="yes">
        <source>%n own team(s)</source>
        <translation>
            <numerusform>%n own team</numerusform>
            <numerusform>%n own teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::GlobalPermissionModel</name>
    <message numerus="yes">
        <source>Login: no role is assigned, so every active user may log in (%n user(s)).</source>
        <translation>
            <numerusform>Login: no role is assigned, so every active user may log in (%n user).</numerusform>
            <numerusform>Login: no role is assigned, so every active user may log in (%n users).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::GlobalPermissionPage</name>
    <message numerus="yes">
        <source>Saving this stops %n active user(s) from logging in.</source>
        <translation>
            <numerusform>Saving this stops %n active user from logging in.</numerusform>
            <numerusform>Saving this stops %n active users from logging in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ImpactView</name>
    <message numerus="yes">
        <source>+%n permission(s)</source>
        <translation>
            <numerusform>+%n permission</numerusform>
            <numerusform>+%n permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>−%n permission(s)</source>
        <translation>
            <numerusform>−%n permission</numerusform>
            <numerusform>−%n permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n inheriting subfolder(s)</source>
        <translation>
            <numerusform>%1 and %n inheriting subfolder</numerusform>
            <numerusform>%1 and %n inheriting subfolders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) gain</source>
        <translation>
            <numerusform>%n user gains</numerusform>
            <numerusform>%n users gain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) lose</source>
        <translation>
            <numerusform>%n user loses</numerusform>
            <numerusform>%n users lose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n folder(s)</source>
        <translation>
            <numerusform> on %n folder</numerusform>
            <numerusform> on %n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access to %n connection(s)</source>
        <translation>
            <numerusform>access to %n connection</numerusform>
            <numerusform>access to %n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RoleListModel</name>
    <message numerus="yes">
        <source>%1 — %n member(s)</source>
        <translation>
            <numerusform>%1 — %n member</numerusform>
            <numerusform>%1 — %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (preset) — %n member(s)</source>
        <translation>
            <numerusform>%1 (preset) — %n member</numerusform>
            <numerusform>%1 (preset) — %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RolePage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::TeamEditor</name>
    <message numerus="yes">
        <source>Role %1 (%n user(s))</source>
        <translation>
            <numerusform>Role %1 (%n user)</numerusform>
            <numerusform>Role %1 (%n users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n active user(s): </source>
        <translation>
            <numerusform>Reaches %n active user: </numerusform>
            <numerusform>Reaches %n active users: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::UserPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n users selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n user selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n users selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)?</source>
        <translation>
            <numerusform>Disable %n user?</numerusform>
            <numerusform>Disable %n users?</numerusform>
        </translation>
    </message>
</context>
</TS>
