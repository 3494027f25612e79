# A data distribution and a generator's distribution over the same four outcomes;
# shared by this folder's examples. Natural logarithms throughout: values in nats.
p_data = [0.1, 0.4, 0.4, 0.1]
p_g = [0.4, 0.3, 0.2, 0.1]
