<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Console</name>
    <message>
        <source>Netloom console: the cloud network and Kubernetes networking of a platform as one live topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig file (default: $KUBECONFIG, then ~/.kube/config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context (default: the one used last, else the kubeconfig&apos;s current-context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in lab (netloom-lab) and open the console on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this resource once it is loaded, e.g. kube:netloom-lab/ingress/shop/storefront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netloom: unexpected argument &quot;%1&quot; (see netloom --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netloom: --lab uses the lab&apos;s own kubeconfig; leave out --kubeconfig and --context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no complete sync within %2 s (still %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netloom console: the cloud network and Kubernetes networking of a platform as one topology.

Commands:
  inventory   sync a kubeconfig context once and print every resource the console knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Without a command, opens the console window:
  netloom [--kubeconfig PATH] [--context NAME] [--select ID]
  netloom --lab [--select ID]   (starts the built-in lab netloom-lab and shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig context (default: its current-context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, yaml or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when the sync takes longer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per list page (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log connection and sync progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netloom: this build has no console window (built with NETLOOM_GUI=OFF); headless commands: inventory (see netloom --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see netloom --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use json, yaml or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>/%1 is out of range for IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is out of range for IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty CIDR: enter one such as 10.0.0.0/16 or 2001:db8::/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than one &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no address before &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length: add one such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no prefix length after &apos;/&apos;: add one such as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix length &apos;%1&apos; has a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot split %1 into /%2 blocks: the new prefix must be /%3 or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>splitting %1 into /%2 blocks gives %3 pieces, more than the limit of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot widen %1 to /%2: the new prefix must be /%3 or shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a /%1 block does not fit in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free /%1 block left in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free space left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 4 octets, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octet %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; has a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octet &apos;%1&apos; is greater than 255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded IPv4 part &apos;%1&apos; must come last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded IPv4 part &apos;%1&apos; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has more than 4 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone index &apos;%1&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &apos;:::&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;::&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a single &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a single &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 8 groups, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 groups besides &apos;::&apos;, at most 7 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty address: enter one such as 10.0.0.1 or 2001:db8::1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed resource JSON at &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date-time string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a resource id string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, expected a kind name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relation type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported inventory JSON format version %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed inventory JSON at &quot;resources&quot;: expected an array of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed inventory JSON at &quot;%1&quot;: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (Gateway API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(node port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemModels</name>
    <message>
        <source>Virtual data centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways (Gateway API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Namespace %1 — %n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves none of namespaces, services, ingresses, ingressclasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming the watch of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch of %1 expired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the client was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent a malformed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server at %2 sent malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the Kubernetes API server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials of user %2 of context &quot;%3&quot; (401 Unauthorized): the token or client certificate is missing, wrong or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied access (403 Forbidden): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server at %2 answered HTTP %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: YAML syntax error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a kubeconfig must be a YAML map (apiVersion, clusters, contexts, users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is &quot;%1&quot;, expected &quot;Config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each clusters entry must be a map with name and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clusters entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each users entry must be a map with name and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a users entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each contexts entry must be a map with name and context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contexts entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid kubeconfig: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig: KUBECONFIG is not set and %1 does not exist (use --kubeconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no context given and no current-context set in %1 (use --context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; in %2 names no cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; of context &quot;%2&quot; not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2 has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; in %2 has an invalid server URL &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-authority file of cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot; not found in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot; authenticates with an exec credential plugin (command &quot;%3&quot;), which is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; of context &quot;%2&quot; authenticates with the auth-provider &quot;%3&quot;, which is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenFile of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-certificate file of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-key file of user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; in %2 has a client certificate without a key, or a key without a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an external address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed watch event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown watch event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server ended the watch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resourceVersion is too old (410 Gone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request has no method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP client could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data received from %1 for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate of %1 could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate or key could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 reset after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Console::ConsoleController</name>
    <message>
        <source>No context in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the built-in lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use context &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (Kubernetes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netloom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Console::LabLauncher</name>
    <message>
        <source>Cannot create a temporary folder for the built-in lab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab is not installed: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab %1 before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab could not be started (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in lab did not become ready within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its error output:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Console::LiveYamlProvider</name>
    <message>
        <source># Reading the live object from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Until then, the summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The live object could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># The summary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Net::HttpReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::InspectorPanel</name>
    <message>
        <source>Select a resource on the canvas or in the tree to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::MainWindow</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload everything from the cluster (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the whole graph out afresh (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Cluster, Namespace and Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Origin and Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Netloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;Resource Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig context to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the topology (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ingresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Netloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Netloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Netloom %1&lt;/h3&gt;&lt;p&gt;One live topology of a platform&apos;s cloud network and its Kubernetes networking.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::NodeItem</name>
    <message>
        <source>Namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::ResourceTreePanel</name>
    <message>
        <source>Filter resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Netloom::Widgets::TopologyView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a context to connect to a cluster; its network appears here as it is discovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>%1 +%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClusterIssuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster-scoped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
