<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cloud</name>
    <message>
        <source>Cannot read the cloud environment file %1: %2</source>
        <translation>Die Cloud-Umgebungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: expected IONOS_NAME=&apos;value&apos;</source>
        <translation>%1, Zeile %2: IONOS_NAME=&apos;Wert&apos; erwartet</translation>
    </message>
    <message>
        <source>The IONOS Cloud API&apos;s answer to %1 is not a JSON object.</source>
        <translation>Die Antwort der IONOS Cloud API auf %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 has more than %2 pages; stopped.</source>
        <translation>%1 hat mehr als %2 Seiten; abgebrochen.</translation>
    </message>
    <message>
        <source>The IONOS Cloud API&apos;s answer to %1 points elsewhere for its status (%2); not sending the credentials there.</source>
        <translation>Die Antwort der IONOS Cloud API auf %1 verweist für ihren Status an eine andere Stelle (%2); die Zugangsdaten werden dorthin nicht gesendet.</translation>
    </message>
    <message>
        <source>The IONOS Cloud API could not complete %1: %2</source>
        <translation>Die IONOS Cloud API konnte %1 nicht abschließen: %2</translation>
    </message>
    <message>
        <source>%1 was still %2 when Netloom stopped waiting for it.</source>
        <translation>%1 war noch %2, als Netloom nicht mehr darauf wartete.</translation>
    </message>
    <message>
        <source>IONOS_API_URL is not an http:// or https:// URL: %1</source>
        <translation>IONOS_API_URL ist keine http://- oder https://-URL: %1</translation>
    </message>
    <message>
        <source>No IONOS credentials: set IONOS_TOKEN, or IONOS_USERNAME and IONOS_PASSWORD.</source>
        <translation>Keine IONOS-Zugangsdaten: IONOS_TOKEN oder IONOS_USERNAME und IONOS_PASSWORD setzen.</translation>
    </message>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Das CA-Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bündel %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>The IONOS Cloud API refused the credentials (401 Unauthorized): %1</source>
        <translation>Die IONOS Cloud API hat die Zugangsdaten abgelehnt (401 Unauthorized): %1</translation>
    </message>
    <message>
        <source>Forbidden (403): these credentials may not %1: %2</source>
        <translation>Verboten (403): diese Zugangsdaten dürfen nicht %1: %2</translation>
    </message>
    <message>
        <source>Not found (404): %1: %2</source>
        <translation>Nicht gefunden (404): %1: %2</translation>
    </message>
    <message>
        <source>The IONOS Cloud API&apos;s rate limit was reached (429) on %1: %2</source>
        <translation>Das Anfragelimit der IONOS Cloud API wurde erreicht (429) bei %1: %2</translation>
    </message>
    <message>
        <source>The IONOS Cloud API&apos;s rate limit was reached (429) on %1; try again in %2 s: %3</source>
        <translation>Das Anfragelimit der IONOS Cloud API wurde erreicht (429) bei %1; erneut versuchen in %2 s: %3</translation>
    </message>
    <message>
        <source>The IONOS Cloud API answered %1 to %2: %3</source>
        <translation>Die IONOS Cloud API antwortete %1 auf %2: %3</translation>
    </message>
    <message>
        <source>node pool %1</source>
        <translation>Knotenpool %1</translation>
    </message>
    <message>
        <source>LAN %1</source>
        <translation>LAN %1</translation>
    </message>
    <message>
        <source>%1 is not a data centre of %2.</source>
        <translation>%1 ist kein Rechenzentrum von %2.</translation>
    </message>
    <message>
        <source>The IONOS Cloud API created a LAN without telling its id.</source>
        <translation>Die IONOS Cloud API hat ein LAN angelegt, ohne seine ID zu nennen.</translation>
    </message>
    <message>
        <source>%1 is not a subnet of %2.</source>
        <translation>%1 ist kein Subnetz von %2.</translation>
    </message>
    <message>
        <source>An IP block needs a location (such as de/fra).</source>
        <translation>Ein IP-Block braucht einen Standort (etwa de/fra).</translation>
    </message>
    <message>
        <source>IP block rule “size” (ionos.ipblock.size): %1 addresses asked; a block holds 1 to 256.</source>
        <translation>IP-Block-Regel „Größe“ (ionos.ipblock.size): %1 Adressen verlangt; ein Block hat 1 bis 256.</translation>
    </message>
    <message>
        <source>A NAT gateway needs a name.</source>
        <translation>Ein NAT-Gateway braucht einen Namen.</translation>
    </message>
    <message>
        <source>NAT gateway rule “public IPs” (ionos.natgateway.publicIps): a NAT gateway needs at least one public IP of the account&apos;s IP blocks.</source>
        <translation>NAT-Gateway-Regel „öffentliche IPs“ (ionos.natgateway.publicIps): ein NAT-Gateway braucht mindestens eine öffentliche IP aus den IP-Blöcken des Kontos.</translation>
    </message>
    <message>
        <source>NAT gateway rule “public IPs” (ionos.natgateway.publicIps): %1 is not an IPv4 address.</source>
        <translation>NAT-Gateway-Regel „öffentliche IPs“ (ionos.natgateway.publicIps): %1 ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>NAT gateway rule “same data centre” (ionos.natgateway.lans): %1 is not a LAN of the gateway&apos;s data centre.</source>
        <translation>NAT-Gateway-Regel „gleiches Rechenzentrum“ (ionos.natgateway.lans): %1 ist kein LAN des Rechenzentrums des Gateways.</translation>
    </message>
    <message>
        <source>%1 is not an IP block of %2.</source>
        <translation>%1 ist kein IP-Block von %2.</translation>
    </message>
    <message>
        <source>%1 is not a NAT gateway of %2.</source>
        <translation>%1 ist kein NAT-Gateway von %2.</translation>
    </message>
    <message>
        <source>%1 is not a managed cluster of %2.</source>
        <translation>%1 ist kein verwalteter Cluster von %2.</translation>
    </message>
    <message>
        <source>LAN CIDR rule “%1” (%2): %3</source>
        <translation>LAN-CIDR-Regel „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 block; a LAN&apos;s ipv4CidrBlock must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)</source>
        <translation>%1 ist kein IPv4-Block; der ipv4CidrBlock eines LANs muss in 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16 liegen (RFC 1918)</translation>
    </message>
    <message>
        <source>%1 is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)</source>
        <translation>%1 liegt nicht in 10.0.0.0/8, 172.16.0.0/12 oder 192.168.0.0/16 (RFC 1918)</translation>
    </message>
    <message>
        <source>prefix /%1 to /%2</source>
        <translation>Präfix /%1 bis /%2</translation>
    </message>
    <message>
        <source>%1 is a /%2; IONOS accepts /%3 to /%4</source>
        <translation>%1 ist ein /%2; IONOS akzeptiert /%3 bis /%4</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>ausgerichtet</translation>
    </message>
    <message>
        <source>%1 does not start on a /%2 boundary (did you mean %3?)</source>
        <translation>%1 beginnt nicht an einer /%2-Grenze (war %3 gemeint?)</translation>
    </message>
    <message>
        <source>%1 is not a resource of %2.</source>
        <translation>%1 ist keine Ressource von %2.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Netloom console: the cloud network and Kubernetes networking of a platform as one live topology.</source>
        <translation>Netloom-Konsole: Cloud-Netzwerk und Kubernetes-Netzwerk einer Plattform als eine Live-Topologie.</translation>
    </message>
    <message>
        <source>Kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).</source>
        <translation>Kubeconfig-Datei (Standard: $KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Kubeconfig context (default: the one used last, else the kubeconfig&apos;s current-context).</source>
        <translation>Kubeconfig-Kontext (Standard: der zuletzt verwendete, sonst der current-context der Kubeconfig).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start the built-in lab (netloom-lab) and open the console on it.</source>
        <translation>Das integrierte Lab (netloom-lab) starten und die Konsole darauf öffnen.</translation>
    </message>
    <message>
        <source>Select this resource once it is loaded, e.g. kube:netloom-lab/ingress/shop/storefront.</source>
        <translation>Diese Ressource auswählen, sobald sie geladen ist, z. B. kube:netloom-lab/ingress/shop/storefront.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>netloom: unexpected argument &quot;%1&quot; (see netloom --help)</source>
        <translation>netloom: unerwartetes Argument „%1“ (siehe netloom --help)</translation>
    </message>
    <message>
        <source>netloom: --lab uses the lab&apos;s own kubeconfig; leave out --kubeconfig and --context</source>
        <translation>netloom: --lab verwendet die eigene Kubeconfig des Labs; --kubeconfig und --context weglassen</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; (%2)</source>
        <translation>Kontext „%1“ (%2)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: %2</source>
        <translation>Kontext „%1“: %2</translation>
    </message>
    <message>
        <source>%1: no complete sync within %2 s (still %3)</source>
        <translation>%1: keine vollständige Synchronisierung innerhalb von %2 s (Zustand: %3)</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventory</translation>
    </message>
    <message>
        <source>Kubeconfig context (default: its current-context).</source>
        <translation>Kubeconfig-Kontext (Standard: ihr current-context).</translation>
    </message>
    <message>
        <source>Output format: json, yaml or table.</source>
        <translation>Ausgabeformat: json, yaml oder table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Give up when the sync takes longer (default 30).</source>
        <translation>Aufgeben, wenn die Synchronisierung länger dauert (Standard 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Items per list page (default 500).</source>
        <translation>Einträge pro Listenseite (Standard 500).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Log connection and sync progress on stderr.</source>
        <translation>Verbindungs- und Synchronisierungsfortschritt auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>netloom: this build has no console window (built with NETLOOM_GUI=OFF); headless commands: inventory (see netloom --help)
</source>
        <translation>netloom: dieser Build hat kein Konsolenfenster (mit NETLOOM_GUI=OFF gebaut); Befehle ohne Fenster: inventory (siehe netloom --help)
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see netloom --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe netloom --help)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use json, yaml or table</source>
        <translation>unbekanntes Format „%1“: json, yaml oder table verwenden</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Largest API response accepted, in MiB (default 64).</source>
        <translation>Größte angenommene API-Antwort in MiB (Standard 64).</translation>
    </message>
    <message>
        <source>mib</source>
        <translation>mib</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>context &quot;%1&quot; authenticates with the exec plugin `%2` (user &quot;%3&quot; in %4), which has not been approved: approve it in the console, or pass --trust-exec to run it for this run</source>
        <translation>Kontext „%1“ meldet sich mit dem Exec-Plugin `%2` an (Benutzer „%3“ in %4), das nicht freigegeben wurde: Geben Sie es in der Konsole frei oder übergeben Sie --trust-exec, um es für diesen Lauf auszuführen</translation>
    </message>
    <message>
        <source>Run the context&apos;s exec credential plugin for this run even though it was never approved.</source>
        <translation>Das Exec-Credential-Plugin des Kontexts für diesen Lauf ausführen, auch wenn es nie freigegeben wurde.</translation>
    </message>
    <message>
        <source>The keychain could not %1: %2</source>
        <translation>Der Schlüsselbund konnte %1 nicht: %2</translation>
    </message>
    <message>
        <source>store the secret of %1</source>
        <translation>das Geheimnis von %1 speichern</translation>
    </message>
    <message>
        <source>read the secret of %1</source>
        <translation>das Geheimnis von %1 lesen</translation>
    </message>
    <message>
        <source>remove the secret of %1</source>
        <translation>das Geheimnis von %1 entfernen</translation>
    </message>
    <message>
        <source>The IONOS Cloud API URL %1 is plain http://: credentials and answers travel unencrypted (meant for a local validating proxy only).</source>
        <translation>Die IONOS-Cloud-API-URL %1 ist reines http://: Zugangsdaten und Antworten gehen unverschlüsselt über das Netz (nur für einen lokalen prüfenden Proxy gedacht).</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 could not be read: %2</source>
        <translation>Die kubeconfig von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the kubeconfig of %1</source>
        <translation>die kubeconfig von %1</translation>
    </message>
    <message>
        <source>Show the IONOS Cloud account of this file of IONOS_* assignments (netloom-lab --cloud-env-out); without it, the IONOS_* environment variables, when set.</source>
        <translation>Das IONOS-Cloud-Konto aus dieser Datei mit IONOS_*-Zuweisungen zeigen (netloom-lab --cloud-env-out); ohne sie die Umgebungsvariablen IONOS_*, wenn gesetzt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>netloom: --lab shows the lab&apos;s own cloud; leave out --cloud-env</source>
        <translation>netloom: --lab zeigt die eigene Cloud des Labors; lassen Sie --cloud-env weg</translation>
    </message>
    <message>
        <source>cloud account %1 (%2)</source>
        <translation>Cloud-Konto %1 (%2)</translation>
    </message>
    <message>
        <source>%1: no complete read within %2 s</source>
        <translation>%1: kein vollständiges Lesen innerhalb von %2 s</translation>
    </message>
    <message>
        <source>Netloom console: the cloud network and Kubernetes networking of a platform as one topology.

Commands:
  inventory   sync a kubeconfig context (and a cloud account) once and print every resource the console knows</source>
        <translation>Netloom-Konsole: das Cloud-Netz und das Kubernetes-Netz einer Plattform als eine Topologie.

Befehle:
  inventory   einen kubeconfig-Kontext (und ein Cloud-Konto) einmal abgleichen und jede Ressource ausgeben, die die Konsole kennt</translation>
    </message>
    <message>
        <source>
Without a command, opens the console window:
  netloom [--kubeconfig PATH] [--context NAME] [--cloud-env FILE] [--select ID]
  netloom --lab [--select ID]   (starts the built-in lab netloom-lab and shows it)</source>
        <translation>
Ohne Befehl öffnet sich das Konsolenfenster:
  netloom [--kubeconfig PFAD] [--context NAME] [--cloud-env DATEI] [--select ID]
  netloom --lab [--select ID]   (startet das eingebaute Labor netloom-lab und zeigt es)</translation>
    </message>
    <message>
        <source>Include the IONOS Cloud account of this file of IONOS_* assignments (netloom-lab --cloud-env-out); without it, the IONOS_* environment variables, when set.</source>
        <translation>Das IONOS-Cloud-Konto aus dieser Datei mit IONOS_*-Zuweisungen einbeziehen (netloom-lab --cloud-env-out); ohne sie die Umgebungsvariablen IONOS_*, wenn gesetzt.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>/%1 is out of range for IPv4</source>
        <translation>/%1 liegt außerhalb des Bereichs für IPv4</translation>
    </message>
    <message>
        <source>/%1 is out of range for IPv6</source>
        <translation>/%1 liegt außerhalb des Bereichs für IPv6</translation>
    </message>
    <message>
        <source>Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32</source>
        <translation>Leerer CIDR: einen wie 10.0.0.0/16 oder 2001:db8::/32 eingeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains white space</source>
        <translation>„%1“ enthält Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than one &apos;/&apos;</source>
        <translation>„%1“ enthält mehr als ein „/“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no address before &apos;/&apos;</source>
        <translation>„%1“ hat keine Adresse vor „/“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 CIDR</source>
        <translation>„%1“ ist kein IPv4- oder IPv6-CIDR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length: add one such as %2</source>
        <translation>„%1“ hat keine Präfixlänge: eine wie %2 ergänzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length after &apos;/&apos;: add one such as %2</source>
        <translation>„%1“ hat keine Präfixlänge nach „/“: eine wie %2 ergänzen</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number</source>
        <translation>Präfixlänge „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; has a leading zero</source>
        <translation>Präfixlänge „%1“ hat eine führende Null</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2?)</source>
        <translation>%1 hat gesetzte Host-Bits (war %2 gemeint?)</translation>
    </message>
    <message>
        <source>cannot split %1 into /%2 blocks: the new prefix must be /%3 or longer</source>
        <translation>%1 kann nicht in /%2-Blöcke geteilt werden: das neue Präfix muss /%3 oder länger sein</translation>
    </message>
    <message>
        <source>splitting %1 into /%2 blocks gives %3 pieces, more than the limit of %4</source>
        <translation>Teilen von %1 in /%2-Blöcke ergibt %3 Teile, mehr als die Grenze von %4</translation>
    </message>
    <message>
        <source>cannot widen %1 to /%2: the new prefix must be /%3 or shorter</source>
        <translation>%1 kann nicht auf /%2 erweitert werden: das neue Präfix muss /%3 oder kürzer sein</translation>
    </message>
    <message>
        <source>a /%1 block does not fit in %2</source>
        <translation>ein /%1-Block passt nicht in %2</translation>
    </message>
    <message>
        <source>no free /%1 block left in %2</source>
        <translation>kein freier /%1-Block mehr in %2</translation>
    </message>
    <message>
        <source>%1 has no free space left</source>
        <translation>%1 hat keinen freien Platz mehr</translation>
    </message>
    <message>
        <source>expected 4 octets, found %1</source>
        <translation>4 Oktette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>octet %1 is empty</source>
        <translation>Oktett %1 ist leer</translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; is not a decimal number</source>
        <translation>Oktett „%1“ ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; has a leading zero</source>
        <translation>Oktett „%1“ hat eine führende Null</translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; is greater than 255</source>
        <translation>Oktett „%1“ ist größer als 255</translation>
    </message>
    <message>
        <source>embedded IPv4 part &apos;%1&apos; must come last</source>
        <translation>eingebetteter IPv4-Teil „%1“ muss am Ende stehen</translation>
    </message>
    <message>
        <source>embedded IPv4 part &apos;%1&apos; is invalid: %2</source>
        <translation>eingebetteter IPv4-Teil „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>group %1 is empty</source>
        <translation>Gruppe %1 ist leer</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; is not hexadecimal</source>
        <translation>Gruppe „%1“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has more than 4 hex digits</source>
        <translation>Gruppe „%1“ hat mehr als 4 Hex-Ziffern</translation>
    </message>
    <message>
        <source>zone index &apos;%1&apos; is not supported</source>
        <translation>Zonenindex „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>it contains &apos;:::&apos;</source>
        <translation>sie enthält „:::“</translation>
    </message>
    <message>
        <source>&apos;::&apos; appears more than once</source>
        <translation>„::“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>it starts with a single &apos;:&apos;</source>
        <translation>sie beginnt mit einem einzelnen „:“</translation>
    </message>
    <message>
        <source>it ends with a single &apos;:&apos;</source>
        <translation>sie endet mit einem einzelnen „:“</translation>
    </message>
    <message>
        <source>expected 8 groups, found %1</source>
        <translation>8 Gruppen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>found %1 groups besides &apos;::&apos;, at most 7 are allowed</source>
        <translation>%1 Gruppen neben „::“ gefunden, höchstens 7 sind erlaubt</translation>
    </message>
    <message>
        <source>Empty address: enter one such as 10.0.0.1 or 2001:db8::1</source>
        <translation>Leere Adresse: eine wie 10.0.0.1 oder 2001:db8::1 eingeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address: %2</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: %2</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>attached to</source>
        <translation>angebunden an</translation>
    </message>
    <message>
        <source>exposes</source>
        <translation>stellt bereit</translation>
    </message>
    <message>
        <source>routes to</source>
        <translation>routet zu</translation>
    </message>
    <message>
        <source>secures</source>
        <translation>sichert</translation>
    </message>
    <message>
        <source>resolves to</source>
        <translation>zeigt auf</translation>
    </message>
    <message>
        <source>selects</source>
        <translation>wählt aus</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Malformed resource JSON at &quot;%1&quot;: %2</source>
        <translation>Fehlerhaftes Ressourcen-JSON bei „%1“: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>Zahl oder null erwartet</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time string or null</source>
        <translation>ISO-8601-Zeitangabe als Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation>„%1“ ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>expected an object of strings</source>
        <translation>Objekt mit Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected a resource id string or null</source>
        <translation>Ressourcen-ID als Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation>Array von Objekten erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <source>expected an integer, not %1</source>
        <translation>Ganzzahl erwartet, nicht %1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>required, expected a kind name</source>
        <translation>erforderlich, Typname erwartet</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <source>required, expected a non-empty string</source>
        <translation>erforderlich, nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>unknown relation type &quot;%1&quot;</source>
        <translation>unbekannter Beziehungstyp „%1“</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>Unsupported inventory JSON format version %1 (expected %2)</source>
        <translation>Nicht unterstützte Version %1 des Inventar-JSON-Formats (erwartet: %2)</translation>
    </message>
    <message>
        <source>Malformed inventory JSON at &quot;resources&quot;: expected an array of objects</source>
        <translation>Fehlerhaftes Inventar-JSON bei „resources“: Array von Objekten erwartet</translation>
    </message>
    <message>
        <source>Malformed inventory JSON at &quot;%1&quot;: expected an object</source>
        <translation>Fehlerhaftes Inventar-JSON bei „%1“: Objekt erwartet</translation>
    </message>
    <message>
        <source>Virtual data centre</source>
        <translation>Virtuelles Rechenzentrum</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>IP block</source>
        <translation>IP-Block</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>Node pool</source>
        <translation>Node-Pool</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Ingress controller</source>
        <translation>Ingress-Controller</translation>
    </message>
    <message>
        <source>Ingress class</source>
        <translation>Ingress-Klasse</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Gateway (Gateway API)</source>
        <translation>Gateway (Gateway API)</translation>
    </message>
    <message>
        <source>HTTP route</source>
        <translation>HTTP-Route</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation>TLS-Secret</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS-Zone</translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation>DNS-Eintrag</translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation>Netzwerkrichtlinie</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>IP-Pool</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(weight %1)</source>
        <translation>(Gewichtung %1)</translation>
    </message>
    <message>
        <source>(node port %1)</source>
        <translation>(Node-Port %1)</translation>
    </message>
    <message>
        <source>any peer</source>
        <translation>beliebiger Peer</translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Resource version</source>
        <translation>Ressourcenversion</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>LAN id</source>
        <translation>LAN-ID</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Gateway IP</source>
        <translation>Gateway-IP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Gateway type</source>
        <translation>Gateway-Typ</translation>
    </message>
    <message>
        <source>Public IPs</source>
        <translation>Öffentliche IPs</translation>
    </message>
    <message>
        <source>Connected subnets</source>
        <translation>Verbundene Subnetze</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Listener IP</source>
        <translation>Listener-IP</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>Forwarding rules</source>
        <translation>Weiterleitungsregeln</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>CPU cores per node</source>
        <translation>CPU-Kerne pro Node</translation>
    </message>
    <message>
        <source>Memory per node (MB)</source>
        <translation>Arbeitsspeicher pro Node (MB)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Node port</source>
        <translation>Node-Port</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cluster IPs</source>
        <translation>Cluster-IPs</translation>
    </message>
    <message>
        <source>External addresses</source>
        <translation>Externe Adressen</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Default class</source>
        <translation>Standardklasse</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Path type</source>
        <translation>Pfadtyp</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Service-Port</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Übergeordnete</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>Issuer kind</source>
        <translation>Issuer-Typ</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Renewal time</source>
        <translation>Erneuerungszeitpunkt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Cluster-scoped</source>
        <translation>Clusterweit</translation>
    </message>
    <message>
        <source>Issuer type</source>
        <translation>Issuer-Art</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Issuer CN</source>
        <translation>Issuer-CN</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Policy types</source>
        <translation>Richtlinientypen</translation>
    </message>
    <message>
        <source>Pod selector</source>
        <translation>Pod-Selektor</translation>
    </message>
    <message>
        <source>Ingress rules</source>
        <translation>Ingress-Regeln</translation>
    </message>
    <message>
        <source>Egress rules</source>
        <translation>Egress-Regeln</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <source>IP-in-IP mode</source>
        <translation>IP-in-IP-Modus</translation>
    </message>
    <message>
        <source>VXLAN mode</source>
        <translation>VXLAN-Modus</translation>
    </message>
    <message>
        <source>NAT outgoing</source>
        <translation>Ausgehendes NAT</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>IP modes</source>
        <translation>IP-Modi</translation>
    </message>
    <message>
        <source>DNS hostnames</source>
        <translation>DNS-Hostnamen</translation>
    </message>
    <message>
        <source>DNS target</source>
        <translation>DNS-Ziel</translation>
    </message>
    <message>
        <source>DNS TTL</source>
        <translation>DNS-TTL</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>With pod IP</source>
        <translation>Mit Pod-IP</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Chain length</source>
        <translation>Kettenlänge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Besitzer</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <source>Virtual data centres</source>
        <translation>Virtuelle Rechenzentren</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>IP blocks</source>
        <translation>IP-Blöcke</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Kubernetes clusters</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Node-Pools</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Ingress controllers</source>
        <translation>Ingress-Controller</translation>
    </message>
    <message>
        <source>Ingress classes</source>
        <translation>Ingress-Klassen</translation>
    </message>
    <message>
        <source>Ingresses</source>
        <translation>Ingresses</translation>
    </message>
    <message>
        <source>Gateways (Gateway API)</source>
        <translation>Gateways (Gateway API)</translation>
    </message>
    <message>
        <source>HTTP routes</source>
        <translation>HTTP-Routen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>TLS secrets</source>
        <translation>TLS-Secrets</translation>
    </message>
    <message>
        <source>DNS zones</source>
        <translation>DNS-Zonen</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Network policies</source>
        <translation>Netzwerkrichtlinien</translation>
    </message>
    <message>
        <source>IP pools</source>
        <translation>IP-Pools</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(unknown origin)</source>
        <translation>(unbekannte Herkunft)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1 — %n resource(s)</source>
        <translation>
            <numerusform>Namespace %1 — %n Ressource</numerusform>
            <numerusform>Namespace %1 — %n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>%1 (%2 this)</source>
        <extracomment>An incoming relation of the resource shown: %1 the other resource (&quot;Ingress class nginx&quot;), %2 the relation (&quot;routes to&quot;), so &quot;Ingress class nginx (routes to this)&quot;.</extracomment>
        <translation>%1 (%2 dieser Ressource)</translation>
    </message>
    <message>
        <source>Incoming relations</source>
        <translation>Eingehende Beziehungen</translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert gerade</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 serves none of namespaces, services, ingresses, ingressclasses</source>
        <translation>%1 bietet keine der Ressourcen namespaces, services, ingresses, ingressclasses an</translation>
    </message>
    <message>
        <source>resuming the watch of %1</source>
        <translation>Watch von %1 wird fortgesetzt</translation>
    </message>
    <message>
        <source>watch of %1 expired: %2</source>
        <translation>Watch von %1 abgelaufen: %2</translation>
    </message>
    <message>
        <source>list %1</source>
        <translation>%1 auflisten</translation>
    </message>
    <message>
        <source>%1: the client was closed</source>
        <translation>%1: der Client wurde geschlossen</translation>
    </message>
    <message>
        <source>%1: the server at %2 sent malformed JSON</source>
        <translation>%1: der Server unter %2 hat fehlerhaftes JSON gesendet</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <source>get %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ abrufen</translation>
    </message>
    <message>
        <source>create %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ anlegen</translation>
    </message>
    <message>
        <source>delete %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ löschen</translation>
    </message>
    <message>
        <source>watch %1</source>
        <translation>%1 beobachten</translation>
    </message>
    <message>
        <source>cannot reach the Kubernetes API server at %1: %2</source>
        <translation>Kubernetes-API-Server unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>user %1 may not %2</source>
        <translation>Benutzer %1 darf nicht %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2</source>
        <translation>%1: keine Antwort von %2</translation>
    </message>
    <message>
        <source>%1: the server at %2 answered HTTP %3</source>
        <translation>%1: der Server unter %2 hat mit HTTP %3 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 of %2 is not valid base64</source>
        <translation>%1 von %2 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a map</source>
        <translation>„%1“ von %2 muss eine Map sein</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: YAML syntax error: %2</source>
        <translation>%1: YAML-Syntaxfehler: %2</translation>
    </message>
    <message>
        <source>%1: invalid YAML: %2</source>
        <translation>%1: ungültiges YAML: %2</translation>
    </message>
    <message>
        <source>%1: a kubeconfig must be a YAML map (apiVersion, clusters, contexts, users)</source>
        <translation>%1: eine Kubeconfig muss eine YAML-Map sein (apiVersion, clusters, contexts, users)</translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;, expected &quot;Config&quot;</source>
        <translation>kind ist „%1“, erwartet „Config“</translation>
    </message>
    <message>
        <source>each clusters entry must be a map with name and cluster</source>
        <translation>jeder Eintrag in clusters muss eine Map mit name und cluster sein</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>a clusters entry has no name</source>
        <translation>ein Eintrag in clusters hat keinen Namen</translation>
    </message>
    <message>
        <source>each users entry must be a map with name and user</source>
        <translation>jeder Eintrag in users muss eine Map mit name und user sein</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>a users entry has no name</source>
        <translation>ein Eintrag in users hat keinen Namen</translation>
    </message>
    <message>
        <source>each contexts entry must be a map with name and context</source>
        <translation>jeder Eintrag in contexts muss eine Map mit name und context sein</translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation>Kontext „%1“</translation>
    </message>
    <message>
        <source>a contexts entry has no name</source>
        <translation>ein Eintrag in contexts hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: invalid kubeconfig: %2</source>
        <translation>%1: ungültige Kubeconfig: %2</translation>
    </message>
    <message>
        <source>kubeconfig</source>
        <translation>Kubeconfig</translation>
    </message>
    <message>
        <source>no kubeconfig file given</source>
        <translation>keine Kubeconfig-Datei angegeben</translation>
    </message>
    <message>
        <source>kubeconfig not found: %1</source>
        <translation>Kubeconfig nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no kubeconfig: KUBECONFIG is not set and %1 does not exist (use --kubeconfig)</source>
        <translation>keine Kubeconfig: KUBECONFIG ist nicht gesetzt und %1 existiert nicht (--kubeconfig verwenden)</translation>
    </message>
    <message>
        <source>no context given and no current-context set in %1 (use --context)</source>
        <translation>kein Kontext angegeben und kein current-context in %1 gesetzt (--context verwenden)</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found in %2</source>
        <translation>Kontext „%1“ nicht in %2 gefunden</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; in %2 names no cluster</source>
        <translation>Kontext „%1“ in %2 nennt keinen Cluster</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; not found in %3</source>
        <translation>Cluster „%1“ von Kontext „%2“ nicht in %3 gefunden</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2 has no server</source>
        <translation>Cluster „%1“ in %2 hat keinen Server</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2 has an invalid server URL &quot;%3&quot;</source>
        <translation>Cluster „%1“ in %2 hat eine ungültige Server-URL „%3“</translation>
    </message>
    <message>
        <source>certificate-authority file of cluster &quot;%1&quot;</source>
        <translation>certificate-authority-Datei von Cluster „%1“</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot; not found in %3</source>
        <translation>Benutzer „%1“ von Kontext „%2“ nicht in %3 gefunden</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot; authenticates with the auth-provider &quot;%3&quot;, which is not supported yet</source>
        <translation>Benutzer „%1“ von Kontext „%2“ authentifiziert sich mit dem auth-provider „%3“, der noch nicht unterstützt wird</translation>
    </message>
    <message>
        <source>tokenFile of user &quot;%1&quot;</source>
        <translation>tokenFile von Benutzer „%1“</translation>
    </message>
    <message>
        <source>client-certificate file of user &quot;%1&quot;</source>
        <translation>client-certificate-Datei von Benutzer „%1“</translation>
    </message>
    <message>
        <source>client-key file of user &quot;%1&quot;</source>
        <translation>client-key-Datei von Benutzer „%1“</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; in %2 has a client certificate without a key, or a key without a certificate</source>
        <translation>Benutzer „%1“ in %2 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat</translation>
    </message>
    <message>
        <source>being deleted</source>
        <translation>wird gelöscht</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>waiting for an external address</source>
        <translation>wartet auf eine externe Adresse</translation>
    </message>
    <message>
        <source>no address assigned yet</source>
        <translation>noch keine Adresse zugewiesen</translation>
    </message>
    <message>
        <source>malformed watch event</source>
        <translation>fehlerhaftes Watch-Ereignis</translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation>unbekannter Watch-Ereignistyp „%1“</translation>
    </message>
    <message>
        <source>%1: the server ended the watch: %2</source>
        <translation>%1: der Server hat den Watch beendet: %2</translation>
    </message>
    <message>
        <source>the resourceVersion is too old (410 Gone)</source>
        <translation>die resourceVersion ist zu alt (410 Gone)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no &quot;items&quot;</source>
        <translation>sie hat keine „items“</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array</source>
        <translation>„items“ ist kein Array</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>item %1 (&quot;%2&quot;): %3</source>
        <translation>Eintrag %1 („%2“): %3</translation>
    </message>
    <message>
        <source>%1: the server at %2 sent a malformed list: %3</source>
        <translation>%1: der Server unter %2 hat eine fehlerhafte Liste gesendet: %3</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>er ist kein Objekt</translation>
    </message>
    <message>
        <source>metadata is missing</source>
        <translation>metadata fehlt</translation>
    </message>
    <message>
        <source>metadata is not an object</source>
        <translation>metadata ist kein Objekt</translation>
    </message>
    <message>
        <source>metadata.name is missing</source>
        <translation>metadata.name fehlt</translation>
    </message>
    <message>
        <source>metadata.name is not a non-empty string</source>
        <translation>metadata.name ist keine nicht-leere Zeichenkette</translation>
    </message>
    <message>
        <source>metadata.namespace of a namespaced object is missing or empty</source>
        <translation>metadata.namespace eines Namespace-gebundenen Objekts fehlt oder ist leer</translation>
    </message>
    <message>
        <source>a cluster-scoped object has metadata.namespace</source>
        <translation>ein clusterweites Objekt hat metadata.namespace</translation>
    </message>
    <message>
        <source>metadata.%1 is not a string</source>
        <translation>metadata.%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 at %2 failed: %3</source>
        <translation>%1 bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>credentials rejected: %1 rejected the credentials of user %2 of context &quot;%3&quot; (401 Unauthorized) for %4: the token or client certificate is missing, wrong or expired</source>
        <translation>Anmeldedaten abgelehnt: %1 hat die Anmeldedaten des Benutzers %2 von Kontext „%3“ abgelehnt (401 Unauthorized) für %4: das Token oder Client-Zertifikat fehlt, ist falsch oder abgelaufen</translation>
    </message>
    <message>
        <source>forbidden: %1: %2 denied access (403 Forbidden): %3</source>
        <translation>verboten: %1: %2 hat den Zugriff verweigert (403 Forbidden): %3</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2 has an invalid proxy-url &quot;%3&quot; (http, https or socks5 URL)</source>
        <translation>Cluster „%1“ in %2 hat eine ungültige proxy-url „%3“ (http-, https- oder socks5-URL)</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; has not been approved for %3: it runs only once you approved this command, its arguments and environment</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ wurde für %3 nicht freigegeben: Es läuft erst, wenn Sie diesen Befehl, seine Argumente und seine Umgebung freigegeben haben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; needs a terminal (interactiveMode: Always), which Netloom cannot give it: log in with it in a terminal first, or use a plugin mode that caches its credentials</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ braucht ein Terminal (interactiveMode: Always), das Netloom ihm nicht geben kann: Melden Sie sich zuerst in einem Terminal damit an, oder nutzen Sie einen Plugin-Modus, der seine Anmeldedaten zwischenspeichert</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; was not found (%3)</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ wurde nicht gefunden (%3)</translation>
    </message>
    <message>
        <source>not in PATH</source>
        <translation>nicht im PATH</translation>
    </message>
    <message>
        <source>no executable %1</source>
        <translation>keine ausführbare Datei %1</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; did not finish within %3 s</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ ist nicht innerhalb von %3 s fertig geworden</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed more than 1 MiB; an ExecCredential is a few KB</source>
        <translation>Exec-Plugin „%1“ hat mehr als 1 MiB ausgegeben; ein ExecCredential ist wenige KB groß</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; could not be started: %3</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; crashed</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ ist abgestürzt</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; of user &quot;%2&quot; failed with exit code %3</source>
        <translation>Exec-Plugin „%1“ des Benutzers „%2“ ist mit Exit-Code %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed no ExecCredential</source>
        <translation>Exec-Plugin „%1“ hat kein ExecCredential ausgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed a &quot;%2&quot;, not an ExecCredential</source>
        <translation>Exec-Plugin „%1“ hat ein „%2“ ausgegeben, kein ExecCredential</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; answered with apiVersion &quot;%2&quot;; the kubeconfig asks for &quot;%3&quot;</source>
        <translation>Exec-Plugin „%1“ hat mit apiVersion „%2“ geantwortet; die Kubeconfig verlangt „%3“</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; printed an ExecCredential without a status</source>
        <translation>Exec-Plugin „%1“ hat ein ExecCredential ohne status ausgegeben</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned a client certificate without its key, or a key without its certificate</source>
        <translation>Exec-Plugin „%1“ hat ein Client-Zertifikat ohne seinen Schlüssel oder einen Schlüssel ohne sein Zertifikat geliefert</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned neither a token nor a client certificate and key</source>
        <translation>Exec-Plugin „%1“ hat weder ein Token noch ein Client-Zertifikat mit Schlüssel geliefert</translation>
    </message>
    <message>
        <source>exec plugin &quot;%1&quot; returned an expirationTimestamp that is not an RFC 3339 time: &quot;%2&quot;</source>
        <translation>Exec-Plugin „%1“ hat einen expirationTimestamp geliefert, der keine RFC-3339-Zeit ist: „%2“</translation>
    </message>
    <message>
        <source>%1: exec: %2</source>
        <translation>%1: exec: %2</translation>
    </message>
    <message>
        <source>must be a map with apiVersion and command</source>
        <translation>muss eine Map mit apiVersion und command sein</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a list of strings</source>
        <translation>„args“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>each of &quot;args&quot; must be a string</source>
        <translation>jeder Eintrag von „args“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;env&quot; must be a list of name and value</source>
        <translation>„env“ muss eine Liste aus name und value sein</translation>
    </message>
    <message>
        <source>each of &quot;env&quot; must have a name and a string value</source>
        <translation>jeder Eintrag von „env“ braucht einen Namen und einen Wert als Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;provideClusterInfo&quot; must be true or false</source>
        <translation>„provideClusterInfo“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;command&quot; is required</source>
        <translation>„command“ ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;apiVersion&quot; is required (%1 or %2)</source>
        <translation>„apiVersion“ ist erforderlich (%1 oder %2)</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported (%2 or %3)</source>
        <translation>apiVersion „%1“ wird nicht unterstützt (%2 oder %3)</translation>
    </message>
    <message>
        <source>&quot;interactiveMode&quot; is required for %1 (Never, IfAvailable or Always)</source>
        <translation>„interactiveMode“ ist für %1 erforderlich (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <source>interactiveMode &quot;%1&quot; is not Never, IfAvailable or Always</source>
        <translation>interactiveMode „%1“ ist weder Never noch IfAvailable noch Always</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot;: %3</source>
        <translation>Benutzer „%1“ des Kontexts „%2“: %3</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>replace %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ ersetzen</translation>
    </message>
    <message>
        <source>%1: the object carries no resourceVersion; read it first (update())</source>
        <translation>%1: das Objekt hat keine resourceVersion; lesen Sie es zuerst (update())</translation>
    </message>
    <message>
        <source>%1: the object changed on the server: it is at resourceVersion %2, this change was made to %3; nothing was written</source>
        <translation>%1: das Objekt wurde auf dem Server geändert: es steht bei resourceVersion %2, diese Änderung wurde an %3 gemacht; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: the object changed on the server and cannot be read now (%2); nothing was written</source>
        <translation>%1: das Objekt wurde auf dem Server geändert und kann jetzt nicht gelesen werden (%2); nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>patch %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ patchen</translation>
    </message>
    <message>
        <source>tls.crt is not valid base64</source>
        <translation>tls.crt ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>tls.crt is empty</source>
        <translation>tls.crt ist leer</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>das Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source> except %1</source>
        <translation> außer %1</translation>
    </message>
    <message>
        <source>namespaces: %1</source>
        <translation>Namespaces: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>pods: %1</source>
        <translation>Pods: %1</translation>
    </message>
    <message>
        <source>namespaces %1</source>
        <translation>Namespaces %1</translation>
    </message>
    <message>
        <source>disabled: no new addresses are assigned from it</source>
        <translation>deaktiviert: daraus werden keine neuen Adressen vergeben</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>keine Ziele</translation>
    </message>
    <message numerus="yes">
        <source>no ready endpoints (%n not ready)</source>
        <translation>
            <numerusform>keine bereiten Endpunkte (%n nicht bereit)</numerusform>
            <numerusform>keine bereiten Endpunkte (%n nicht bereit)</numerusform>
        </translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>keine Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) not ready</source>
        <translation>
            <numerusform>%n Endpunkt nicht bereit</numerusform>
            <numerusform>%n Endpunkte nicht bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) failed</source>
        <translation>
            <numerusform>%n Pod fehlgeschlagen</numerusform>
            <numerusform>%n Pods fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running pod(s) not ready</source>
        <translation>
            <numerusform>%n laufender Pod nicht bereit</numerusform>
            <numerusform>%n laufende Pods nicht bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) pending</source>
        <translation>
            <numerusform>%n Pod wartet</numerusform>
            <numerusform>%n Pods warten</numerusform>
        </translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>certificate %1 of the chain has no END CERTIFICATE line</source>
        <translation>Zertifikat %1 der Kette hat keine Zeile END CERTIFICATE</translation>
    </message>
    <message>
        <source>certificate %1 of the chain cannot be read: %2</source>
        <translation>Zertifikat %1 der Kette kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tls.crt holds no PEM certificate</source>
        <translation>tls.crt enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The HTTP request could not be started.</source>
        <translation>Die HTTP-Anfrage konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The address %1 is not a valid http or https URL.</source>
        <translation>Die Adresse %1 ist keine gültige http- oder https-URL.</translation>
    </message>
    <message>
        <source>The HTTP request has no method.</source>
        <translation>Die HTTP-Anfrage hat keine Methode.</translation>
    </message>
    <message>
        <source>The HTTP client could not be initialised.</source>
        <translation>Der HTTP-Client konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>No data received from %1 for %2 s.</source>
        <translation>Seit %2 s keine Daten von %1 empfangen.</translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation>Verbindung von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 s.</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1 nach %2 s.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The proxy host name could not be resolved.</source>
        <translation>Der Hostname des Proxys konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>TLS certificate of %1 could not be verified: %2</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The client certificate or key could not be used.</source>
        <translation>Das Client-Zertifikat oder der Schlüssel konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The certificate authority data could not be loaded.</source>
        <translation>Die Daten der Zertifizierungsstelle konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Connection to %1 reset after %2 bytes.</source>
        <translation>Verbindung zu %1 nach %2 Bytes zurückgesetzt.</translation>
    </message>
    <message>
        <source>The HTTP request to %1 failed: %2</source>
        <translation>Die HTTP-Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The proxy %1 is not a valid http, https or socks5 URL.</source>
        <translation>Der Proxy %1 ist keine gültige http-, https- oder socks5-URL.</translation>
    </message>
    <message>
        <source>%1 sent a line longer than the limit of %2 MiB in its answer to %3.</source>
        <translation>%1 hat in seiner Antwort auf %3 eine Zeile gesendet, die länger als die Grenze von %2 MiB ist.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than the limit of %3 MiB.</source>
        <translation>Die Antwort von %1 auf %2 ist größer als die Grenze von %3 MiB.</translation>
    </message>
</context>
<context>
    <name>Netloom::Console::ConsoleController</name>
    <message>
        <source>No context in %1</source>
        <translation>Kein Kontext in %1</translation>
    </message>
    <message>
        <source>The built-in lab did not start: %1</source>
        <translation>Das integrierte Lab ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The built-in lab stopped: %1</source>
        <translation>Das integrierte Lab wurde beendet: %1</translation>
    </message>
    <message>
        <source>Starting the built-in lab…</source>
        <translation>Integriertes Lab wird gestartet…</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation>Die Kubeconfig kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot use context &quot;%1&quot;: %2</source>
        <translation>Kontext „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>Verbindung zu %1 (%2) wird hergestellt…</translation>
    </message>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation>%1 (%2) wird geladen…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2)</source>
        <translation>Verbunden mit %1 (Kubernetes %2)</translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2</source>
        <translation>Erneute Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>Nicht verbunden mit %1: %2</translation>
    </message>
    <message>
        <source>Netloom</source>
        <translation>Netloom</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot;: waiting for your approval of its credential plugin</source>
        <translation>Kontext „%1“: wartet auf Ihre Freigabe seines Anmelde-Plugins</translation>
    </message>
    <message>
        <source>The credential plugin of context &quot;%1&quot; was not run: you declined it. Choose the context again to be asked again.</source>
        <translation>Das Anmelde-Plugin des Kontexts „%1“ wurde nicht ausgeführt: Sie haben es abgelehnt. Wählen Sie den Kontext erneut, um wieder gefragt zu werden.</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>Reading %1: %2 of %3 collections…</source>
        <translation>Lese %1: %2 von %3 Sammlungen…</translation>
    </message>
    <message>
        <source>Cloud: not connected</source>
        <translation>Cloud: nicht verbunden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message numerus="yes">
        <source>Cloud: %1 (%n resource(s))</source>
        <translation>
            <numerusform>Cloud: %1 (%n Ressource)</numerusform>
            <numerusform>Cloud: %1 (%n Ressourcen)</numerusform>
        </translation>
    </message>
    <message>
        <source>not encrypted (http://)</source>
        <translation>unverschlüsselt (http://)</translation>
    </message>
    <message>
        <source>%1 is not a managed cluster, node pool or VDC with a cluster</source>
        <translation>%1 ist kein verwalteter Cluster, kein Knotenpool und kein VDC mit Cluster</translation>
    </message>
    <message>
        <source>the kubeconfig of %1 from the cloud</source>
        <translation>die kubeconfig von %1 aus der Cloud</translation>
    </message>
    <message>
        <source>Downloading the kubeconfig of %1…</source>
        <translation>Lade die kubeconfig von %1 herunter…</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 could not be downloaded: %2</source>
        <translation>Die kubeconfig von %1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n object(s))</source>
        <translation>
            <numerusform> (%n Objekt)</numerusform>
            <numerusform> (%n Objekte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) %1</source>
        <translation>
            <numerusform>%n Art %1</numerusform>
            <numerusform>%n Arten %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Netloom::Console::LabLauncher</name>
    <message>
        <source>Cannot create a temporary folder for the built-in lab: %1</source>
        <translation>Temporärer Ordner für das integrierte Lab kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The built-in lab is not installed: %1 does not exist.</source>
        <translation>Das integrierte Lab ist nicht installiert: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>The built-in lab %1 before it was ready.</source>
        <translation>Das integrierte Lab %1, bevor es bereit war.</translation>
    </message>
    <message>
        <source>The built-in lab %1.</source>
        <translation>Das integrierte Lab %1.</translation>
    </message>
    <message>
        <source>The built-in lab could not be started (%1): %2</source>
        <translation>Das integrierte Lab konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The built-in lab did not become ready within %1 s.</source>
        <translation>Das integrierte Lab war nicht innerhalb von %1 s bereit.</translation>
    </message>
    <message>
        <source>Its error output:</source>
        <translation>Seine Fehlerausgabe:</translation>
    </message>
</context>
<context>
    <name>Netloom::Console::LiveYamlProvider</name>
    <message>
        <source># Reading the live object from %1…</source>
        <translation># Live-Objekt wird von %1 gelesen…</translation>
    </message>
    <message>
        <source># Until then, the summary:</source>
        <translation># Bis dahin die Zusammenfassung:</translation>
    </message>
    <message>
        <source># The live object could not be read: %1</source>
        <translation># Das Live-Objekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source># The summary:</source>
        <translation># Die Zusammenfassung:</translation>
    </message>
</context>
<context>
    <name>Netloom::Net::HttpReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::InspectorPanel</name>
    <message>
        <source>Select a resource on the canvas or in the tree to see its details.</source>
        <translation>Eine Ressource auf der Arbeitsfläche oder im Baum auswählen, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::MainWindow</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload everything from the cluster (F5)</source>
        <translation>Alles neu aus dem Cluster laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>An &amp;Ansicht anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Re&amp;arrange</source>
        <translation>&amp;Neu anordnen</translation>
    </message>
    <message>
        <source>Lay the whole graph out afresh (Ctrl+L)</source>
        <translation>Den gesamten Graphen neu anordnen (Strg+L)</translation>
    </message>
    <message>
        <source>By &amp;Cluster, Namespace and Kind</source>
        <translation>Nach &amp;Cluster, Namespace und Typ</translation>
    </message>
    <message>
        <source>By &amp;Origin and Namespace</source>
        <translation>Nach &amp;Herkunft und Namespace</translation>
    </message>
    <message>
        <source>&amp;About Netloom</source>
        <translation>Ü&amp;ber Netloom</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Group &amp;Resource Tree</source>
        <translation>&amp;Ressourcenbaum gruppieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The kubeconfig context to show</source>
        <translation>Der anzuzeigende Kubeconfig-Kontext</translation>
    </message>
    <message>
        <source>No contexts</source>
        <translation>Keine Kontexte</translation>
    </message>
    <message>
        <source>Search the topology (Ctrl+F)</source>
        <translation>Topologie durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits everything)</source>
        <translation>Zoom (Strg+0 zeigt alles)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Netloom</source>
        <translation>Netloom</translation>
    </message>
    <message>
        <source>%1 — Netloom</source>
        <translation>%1 — Netloom</translation>
    </message>
    <message>
        <source>About Netloom</source>
        <translation>Über Netloom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Netloom %1&lt;/h3&gt;&lt;p&gt;One live topology of a platform&apos;s cloud network and its Kubernetes networking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netloom %1&lt;/h3&gt;&lt;p&gt;Eine Live-Topologie des Cloud-Netzwerks einer Plattform und ihres Kubernetes-Netzwerks.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s)</source>
        <translation>
            <numerusform>%n Namespace</numerusform>
            <numerusform>%n Namespaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ingress(es)</source>
        <translation>
            <numerusform>%n Ingress</numerusform>
            <numerusform>%n Ingresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n namespace(s) collapsed</source>
        <translation>
            <numerusform>%n Namespace eingeklappt</numerusform>
            <numerusform>%n Namespaces eingeklappt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) inside collapsed namespaces. Double-click a namespace on the map, or choose a resource in the tree, to open it.</source>
        <translation>
            <numerusform>%n Ressource in eingeklappten Namespaces. Doppelklicken Sie auf der Karte auf einen Namespace oder wählen Sie eine Ressource im Baum, um ihn zu öffnen.</numerusform>
            <numerusform>%n Ressourcen in eingeklappten Namespaces. Doppelklicken Sie auf der Karte auf einen Namespace oder wählen Sie eine Ressource im Baum, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run credential plugin?</source>
        <translation>Anmelde-Plugin ausführen?</translation>
    </message>
    <message>
        <source>Context &quot;%1&quot; logs in by running a program (user &quot;%2&quot; in %3). Run it only if you trust this kubeconfig: the program runs with your rights.</source>
        <translation>Kontext „%1“ meldet sich an, indem er ein Programm ausführt (Benutzer „%2“ in %3). Führen Sie es nur aus, wenn Sie dieser Kubeconfig vertrauen: Das Programm läuft mit Ihren Rechten.</translation>
    </message>
    <message>
        <source>Command:
%1

Program: %2

Your answer is remembered for this kubeconfig file; a change of the command, its arguments or environment asks again.</source>
        <translation>Befehl:
%1

Programm: %2

Ihre Antwort wird für diese Kubeconfig-Datei gespeichert; eine Änderung des Befehls, seiner Argumente oder seiner Umgebung fragt erneut.</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>&amp;Run and remember</source>
        <translation>&amp;Ausführen und merken</translation>
    </message>
    <message>
        <source>&amp;Do not run</source>
        <translation>&amp;Nicht ausführen</translation>
    </message>
    <message>
        <source>&amp;Connect Kubernetes Cluster</source>
        <translation>Kubernetes-Cluster &amp;verbinden</translation>
    </message>
    <message>
        <source>Show the Kubernetes side of the selected VDC or managed cluster: its kubeconfig is downloaded from the cloud (double-click on the card)</source>
        <translation>Die Kubernetes-Seite des gewählten VDC oder verwalteten Clusters zeigen: seine kubeconfig wird aus der Cloud geladen (Doppelklick auf die Karte)</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::NodeItem</name>
    <message>
        <source>Namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::ResourceTreePanel</name>
    <message>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::TopologyScene</name>
    <message>
        <source>Expand namespace %1</source>
        <translation>Namespace %1 aufklappen</translation>
    </message>
    <message>
        <source>Collapse namespace %1</source>
        <translation>Namespace %1 einklappen</translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::TopologyView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Choose a context to connect to a cluster; its network appears here as it is discovered.</source>
        <translation>Einen Kontext wählen, um sich mit einem Cluster zu verbinden; sein Netzwerk erscheint hier, sobald es erkannt wird.</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>any host</source>
        <translation>beliebiger Host</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>ClusterIssuer</source>
        <translation>ClusterIssuer</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 not ready</source>
        <translation>%1 nicht bereit</translation>
    </message>
    <message>
        <source>%1/%2 running</source>
        <translation>%1/%2 laufen</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>Namespace: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Cloud account</source>
        <translation>Cloud-Konto</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Cluster-scoped</source>
        <translation>Clusterweit</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>Collapsed namespace: %n resource(s) inside.</source>
        <translation>
            <numerusform>Eingeklappter Namespace: %n Ressource darin.</numerusform>
            <numerusform>Eingeklappter Namespace: %n Ressourcen darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning or an error.</source>
        <translation>
            <numerusform>%n mit einer Warnung oder einem Fehler.</numerusform>
            <numerusform>%n mit einer Warnung oder einem Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <translation>NAT-Gateway</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed cluster</source>
        <translation>Verwalteter Cluster</translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation>Bedient %1</translation>
    </message>
    <message>
        <source>managed cluster %1 of %2</source>
        <translation>verwalteter Cluster %1 von %2</translation>
    </message>
</context>
</TS>
